; prelude: games-mixed
; Mixed strategies of finite games. (ev2 q1 q2 a1 a2) and (ev3 q1 q2 q3 a1 a2 a3) are expected payoffs of payoff
; entries a_k against probabilities q_k; (dist2 q1 q2) and (dist3 q1 q2 q3) say the q_k form a probability
; distribution. Definitions only.
(define-fun ev2 ((q1 Real) (q2 Real) (a1 Real) (a2 Real)) Real
  (+ (* q1 a1) (* q2 a2)))
(define-fun ev3 ((q1 Real) (q2 Real) (q3 Real) (a1 Real) (a2 Real) (a3 Real)) Real
  (+ (* q1 a1) (* q2 a2) (* q3 a3)))
(define-fun dist2 ((q1 Real) (q2 Real)) Bool
  (and (>= q1 0.0) (>= q2 0.0) (= (+ q1 q2) 1.0)))
(define-fun dist3 ((q1 Real) (q2 Real) (q3 Real)) Bool
  (and (>= q1 0.0) (>= q2 0.0) (>= q3 0.0) (= (+ q1 q2 q3) 1.0)))
