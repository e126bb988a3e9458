; prelude: consumer-revealed-preference
; Expenditure and revealed preference for 2 and 3 goods. (rp2 p1 p2 x1 x2 y1 y2): at prices p the bundle x was
; chosen while y was affordable (p.y <= p.x), i.e. x is directly revealed preferred to y; srp2 is the strict
; version (p.y < p.x). Definitions only.
(define-fun cost2 ((p1 Real) (p2 Real) (x1 Real) (x2 Real)) Real
  (+ (* p1 x1) (* p2 x2)))
(define-fun cost3 ((p1 Real) (p2 Real) (p3 Real) (x1 Real) (x2 Real) (x3 Real)) Real
  (+ (* p1 x1) (* p2 x2) (* p3 x3)))
(define-fun rp2 ((p1 Real) (p2 Real) (x1 Real) (x2 Real) (y1 Real) (y2 Real)) Bool
  (<= (cost2 p1 p2 y1 y2) (cost2 p1 p2 x1 x2)))
(define-fun srp2 ((p1 Real) (p2 Real) (x1 Real) (x2 Real) (y1 Real) (y2 Real)) Bool
  (< (cost2 p1 p2 y1 y2) (cost2 p1 p2 x1 x2)))
(define-fun rp3 ((p1 Real) (p2 Real) (p3 Real) (x1 Real) (x2 Real) (x3 Real) (y1 Real) (y2 Real) (y3 Real)) Bool
  (<= (cost3 p1 p2 p3 y1 y2 y3) (cost3 p1 p2 p3 x1 x2 x3)))
(define-fun srp3 ((p1 Real) (p2 Real) (p3 Real) (x1 Real) (x2 Real) (x3 Real) (y1 Real) (y2 Real) (y3 Real)) Bool
  (< (cost3 p1 p2 p3 y1 y2 y3) (cost3 p1 p2 p3 x1 x2 x3)))
(define-fun neq2 ((x1 Real) (x2 Real) (y1 Real) (y2 Real)) Bool
  (or (not (= x1 y1)) (not (= x2 y2))))
(define-fun neq3 ((x1 Real) (x2 Real) (x3 Real) (y1 Real) (y2 Real) (y3 Real)) Bool
  (or (not (= x1 y1)) (not (= x2 y2)) (not (= x3 y3))))
