; id: warp-compensated-law-of-demand-2goods
; family: consumer
; statement: For a consumer choosing among 2 goods who exhausts wealth (Walras' law) and whose two choices, x at (p, w) and x' at (p', w'), satisfy the weak axiom of revealed preference, if the price change is wealth-compensated (w' = p'.x) then (p' - p).(x' - x) <= 0, with strict inequality when x' differs from x.
; source: Mas-Colell, Whinston & Green, Microeconomic Theory (1995), Prop. 2.F.1 (compensated law of demand)
; expected: proved
; prelude: consumer-revealed-preference
; encoding: prices and bundles are reals, wealth is the cost of the chosen bundle; WARP is asserted as an implication (x revealed preferred to a different y excludes y revealed preferred to x); the negation asserts (p' - p).(x' - x) > 0, or >= 0 with x' different from x.
(declare-const p1 Real) (declare-const p2 Real) (declare-const x1 Real) (declare-const x2 Real)
; (p1, p2, x1, x2) = first observation; (q1, q2, y1, y2) = second observation, with compensated wealth q.x
(declare-const q1 Real) (declare-const q2 Real) (declare-const y1 Real) (declare-const y2 Real)
(assert (and (> p1 0.0) (> p2 0.0) (> q1 0.0) (> q2 0.0)))
(assert (and (>= x1 0.0) (>= x2 0.0) (>= y1 0.0) (>= y2 0.0)))
; Walras' law at the second observation with compensated wealth w' = q.x
(assert (= (cost2 q1 q2 y1 y2) (cost2 q1 q2 x1 x2)))
; WARP, if y was affordable when x was chosen and y differs from x, then x is not affordable when y is chosen
(assert (=> (and (rp2 p1 p2 x1 x2 y1 y2) (neq2 x1 x2 y1 y2)) (not (rp2 q1 q2 y1 y2 x1 x2))))
; negation of the compensated law of demand
(assert (let ((d (+ (* (- q1 p1) (- y1 x1)) (* (- q2 p2) (- y2 x2)))))
          (or (> d 0.0) (and (neq2 x1 x2 y1 y2) (>= d 0.0)))))
