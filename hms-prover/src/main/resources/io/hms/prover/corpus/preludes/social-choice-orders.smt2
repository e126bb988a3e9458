; prelude: social-choice-orders
; Strict rankings, majority and single-peakedness for the social-choice family. Definitions only.
; A strict ranking of m alternatives is given by the rank of each alternative: 0 is best, m-1 worst.
(define-fun sc-ranking3 ((r1 Int) (r2 Int) (r3 Int)) Bool
  (and (<= 0 r1) (< r1 3) (<= 0 r2) (< r2 3) (<= 0 r3) (< r3 3) (distinct r1 r2 r3)))
(define-fun sc-ranking4 ((r1 Int) (r2 Int) (r3 Int) (r4 Int)) Bool
  (and (<= 0 r1) (< r1 4) (<= 0 r2) (< r2 4) (<= 0 r3) (< r3 4) (<= 0 r4) (< r4 4) (distinct r1 r2 r3 r4)))
(define-fun sc-ranking5 ((r1 Int) (r2 Int) (r3 Int) (r4 Int) (r5 Int)) Bool
  (and (<= 0 r1) (< r1 5) (<= 0 r2) (< r2 5) (<= 0 r3) (< r3 5) (<= 0 r4) (< r4 5) (<= 0 r5) (< r5 5)
       (distinct r1 r2 r3 r4 r5)))
; strict majority among 3 and among 5 voters; pK says voter K prefers the first alternative
(define-fun sc-maj3 ((p1 Bool) (p2 Bool) (p3 Bool)) Bool
  (or (and p1 p2) (and p1 p3) (and p2 p3)))
(define-fun sc-maj5 ((p1 Bool) (p2 Bool) (p3 Bool) (p4 Bool) (p5 Bool)) Bool
  (>= (+ (ite p1 1 0) (ite p2 1 0) (ite p3 1 0) (ite p4 1 0) (ite p5 1 0)) 3))
; a complete asymmetric relation on {x,y,z}, given by xy (x above y), yz and xz, is transitive iff it has no 3-cycle
(define-fun sc-transitive3 ((xy Bool) (yz Bool) (xz Bool)) Bool
  (and (not (and xy yz (not xz))) (not (and (not xy) (not yz) xz))))
; position (0 = best) of alternative x in the ranking top > mid > bot of three alternatives coded as Ints
(define-fun sc-pos3 ((top Int) (mid Int) (bot Int) (x Int)) Int
  (ite (= x top) 0 (ite (= x mid) 1 2)))
; single-peakedness on a line: for alternatives left < middle < right (ranks rl, rm, rr),
; the middle one is never ranked below both of the others
(define-fun sc-middle-not-worst ((rl Int) (rm Int) (rr Int)) Bool
  (or (< rm rl) (< rm rr)))
