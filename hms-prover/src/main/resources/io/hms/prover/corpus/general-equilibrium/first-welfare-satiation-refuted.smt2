; id: first-welfare-satiation-refuted
; family: general-equilibrium
; statement: In an exchange economy of 2 agents and 2 goods in which agent 1 is satiated, u_1(x) = min(x_1 + x_2, 1), and agent 2 has the linear utility u_2(x) = x_1 + x_2, every competitive equilibrium allocation at positive prices is Pareto efficient.
; source: Mas-Colell, Whinston & Green, Microeconomic Theory (1995), Sec. 16.C (local non-satiation in Prop. 16.C.1 cannot be dropped)
; expected: refuted
; prelude: exchange-economy
; encoding: endowments, prices and bundles are reals; agent 1's optimality is encoded exactly by its indirect utility (u_1(x_1) * m >= min(m, p.e_1) with m the lower price), agent 2's by the linear-programming optimality conditions; the negation asserts an equilibrium and a feasible allocation that Pareto-dominates it, so a model is a counter-example.
(define-fun sat1 ((x1 Real) (x2 Real)) Real (ite (<= (+ x1 x2) 1.0) (+ x1 x2) 1.0))
; e_ij = endowment; x_ij = equilibrium bundle; y_ij = competing allocation; l2 = multiplier of agent 2's budget
(declare-const p1 Real) (declare-const p2 Real)
(declare-const e11 Real) (declare-const e12 Real) (declare-const e21 Real) (declare-const e22 Real)
(declare-const x11 Real) (declare-const x12 Real) (declare-const x21 Real) (declare-const x22 Real)
(declare-const y11 Real) (declare-const y12 Real) (declare-const y21 Real) (declare-const y22 Real)
(declare-const l2 Real)
(assert (and (> p1 0.0) (> p2 0.0)))
(assert (and (>= e11 0.0) (>= e12 0.0) (>= e21 0.0) (>= e22 0.0)))
; agent 1 = x_1 affordable and as good as the best affordable bundle, whose utility is min(1, p.e_1 / min(p1, p2))
(assert (and (>= x11 0.0) (>= x12 0.0) (<= (value2 p1 p2 x11 x12) (value2 p1 p2 e11 e12))))
(assert (let ((m (ite (<= p1 p2) p1 p2)) (w (value2 p1 p2 e11 e12)))
          (>= (* (sat1 x11 x12) m) (ite (<= m w) m w))))
; agent 2 = x_2 maximises x_1 + x_2 over its budget set (optimality conditions of the linear programme)
(assert (and (>= x21 0.0) (>= x22 0.0) (<= (value2 p1 p2 x21 x22) (value2 p1 p2 e21 e22))))
(assert (and (>= l2 0.0) (<= 1.0 (* l2 p1)) (<= 1.0 (* l2 p2))))
(assert (and (= (* x21 (- (* l2 p1) 1.0)) 0.0) (= (* x22 (- (* l2 p2) 1.0)) 0.0)))
(assert (= (* l2 (- (value2 p1 p2 e21 e22) (value2 p1 p2 x21 x22))) 0.0))
; markets clear
(assert (and (= (+ x11 x21) (+ e11 e21)) (= (+ x12 x22) (+ e12 e22))))
; (negation) a feasible allocation y Pareto-dominates x
(assert (and (>= y11 0.0) (>= y12 0.0) (>= y21 0.0) (>= y22 0.0)))
(assert (and (<= (+ y11 y21) (+ e11 e21)) (<= (+ y12 y22) (+ e12 e22))))
(assert (>= (sat1 y11 y12) (sat1 x11 x12)))
(assert (>= (+ y21 y22) (+ x21 x22)))
(assert (or (> (sat1 y11 y12) (sat1 x11 x12)) (> (+ y21 y22) (+ x21 x22))))
