; id: law-of-demand-normal-good-2goods
; family: consumer
; statement: For a consumer choosing among 2 goods whose choices exhaust wealth and satisfy the weak axiom of revealed preference, if good 1 is normal (at the same prices, more wealth never lowers its demand) then raising the price of good 1 alone, wealth fixed, never raises the demand for good 1.
; source: J. Hicks, Value and Capital (1939); Mas-Colell, Whinston & Green, Microeconomic Theory (1995), Prop. 2.F.1 and Sec. 2.F (Slutsky decomposition)
; expected: proved
; prelude: consumer-revealed-preference
; encoding: three choices are real bundles: x at (p, w), h at (q, q.x) (compensated), y at (q, w), where q differs from p only by a higher price of good 1; Walras' law holds at each, WARP holds for every pair, normality is the implication q.x >= w implies h_1 >= y_1; the negation asserts y_1 > x_1.
(declare-const p1 Real) (declare-const p2 Real) (declare-const q1 Real) (declare-const w Real)
(declare-const x1 Real) (declare-const x2 Real) (declare-const h1 Real) (declare-const h2 Real)
(declare-const y1 Real) (declare-const y2 Real)
(assert (and (> p1 0.0) (> p2 0.0) (> q1 p1) (> w 0.0)))
(assert (and (>= x1 0.0) (>= x2 0.0) (>= h1 0.0) (>= h2 0.0) (>= y1 0.0) (>= y2 0.0)))
; Walras' law: x at (p, w), h at (q, q.x), y at (q, w), with q = (q1, p2)
(assert (= (cost2 p1 p2 x1 x2) w))
(assert (= (cost2 q1 p2 h1 h2) (cost2 q1 p2 x1 x2)))
(assert (= (cost2 q1 p2 y1 y2) w))
; WARP for every pair of choices
(assert (not (and (rp2 p1 p2 x1 x2 h1 h2) (rp2 q1 p2 h1 h2 x1 x2) (neq2 x1 x2 h1 h2))))
(assert (not (and (rp2 p1 p2 x1 x2 y1 y2) (rp2 q1 p2 y1 y2 x1 x2) (neq2 x1 x2 y1 y2))))
(assert (not (and (rp2 q1 p2 h1 h2 y1 y2) (rp2 q1 p2 y1 y2 h1 h2) (neq2 h1 h2 y1 y2))))
; good 1 is normal at prices q = the richer choice h has at least as much of good 1 as y
(assert (=> (>= (cost2 q1 p2 x1 x2) w) (>= h1 y1)))
; negation of the law of demand
(assert (> y1 x1))
