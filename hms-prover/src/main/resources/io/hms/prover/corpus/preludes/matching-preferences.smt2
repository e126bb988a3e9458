; prelude: matching-preferences
; Preferences as ranks for the matching family: a strict ranking of n partners gives each one a rank,
; 0 best, n-1 worst. Definitions only.
(define-fun mt-ranking2 ((r1 Int) (r2 Int)) Bool
  (and (<= 0 r1) (< r1 2) (<= 0 r2) (< r2 2) (distinct r1 r2)))
(define-fun mt-ranking3 ((r1 Int) (r2 Int) (r3 Int)) Bool
  (and (<= 0 r1) (< r1 3) (<= 0 r2) (< r2 3) (<= 0 r3) (< r3 3) (distinct r1 r2 r3)))
(define-fun mt-ranking4 ((r1 Int) (r2 Int) (r3 Int) (r4 Int)) Bool
  (and (<= 0 r1) (< r1 4) (<= 0 r2) (< r2 4) (<= 0 r3) (< r3 4) (<= 0 r4) (< r4 4) (distinct r1 r2 r3 r4)))
(define-fun mt-ranking5 ((r1 Int) (r2 Int) (r3 Int) (r4 Int) (r5 Int)) Bool
  (and (<= 0 r1) (< r1 5) (<= 0 r2) (< r2 5) (<= 0 r3) (< r3 5) (<= 0 r4) (< r4 5) (<= 0 r5) (< r5 5)
       (distinct r1 r2 r3 r4 r5)))
; a pair blocks a matching when each ranks the other strictly above its current partner:
; a-b is the rank a gives b, a-cur the rank a gives its partner, likewise for b
(define-fun mt-blocks ((a-b Int) (a-cur Int) (b-a Int) (b-cur Int)) Bool
  (and (< a-b a-cur) (< b-a b-cur)))
