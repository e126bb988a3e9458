; prelude: exchange-economy
; The value of a bundle at given prices, for economies of 2 and 3 goods. Definitions only: a theorem
; declares its own agents, prices, endowments and allocations.
(define-fun value2 ((p1 Real) (p2 Real) (x1 Real) (x2 Real)) Real
  (+ (* p1 x1) (* p2 x2)))
(define-fun value3 ((p1 Real) (p2 Real) (p3 Real) (x1 Real) (x2 Real) (x3 Real)) Real
  (+ (* p1 x1) (* p2 x2) (* p3 x3)))
