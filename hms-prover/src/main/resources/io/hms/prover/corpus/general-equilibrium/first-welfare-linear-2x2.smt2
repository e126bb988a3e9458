; id: first-welfare-linear-2x2
; family: general-equilibrium
; statement: In an exchange economy of 2 agents and 2 goods with linear utilities u_i(x) = a_i1 x_1 + a_i2 x_2 (a_ij >= 0, not all zero for an agent), every competitive equilibrium allocation at positive prices (each agent's bundle maximises its utility over its budget set, markets clear) is Pareto efficient: no feasible allocation makes every agent at least as well off and one strictly better off.
; source: K. Arrow, An extension of the basic theorems of classical welfare economics, Proc. Second Berkeley Symposium (1951); Mas-Colell, Whinston & Green, Microeconomic Theory (1995), Prop. 16.C.1
; tier: full
; expected: proved
; prelude: exchange-economy
; encoding: utility coefficients, endowments, prices, equilibrium bundles and a competing allocation are reals; utility maximisation is encoded by its exact linear-programming optimality conditions (a multiplier l_i >= 0 with a_ij <= l_i p_j, complementary slackness on goods consumed and on the budget); the negation asserts a feasible allocation that Pareto-dominates the equilibrium allocation.
(declare-const p1 Real) (declare-const p2 Real)
; a_ij = agent i's marginal utility of good j; e_ij = endowment; x_ij = equilibrium bundle; y_ij = competing allocation; l_i = multiplier of agent i's budget constraint
(declare-const a11 Real) (declare-const a12 Real) (declare-const a21 Real) (declare-const a22 Real)
(declare-const e11 Real) (declare-const e12 Real) (declare-const e21 Real) (declare-const e22 Real)
(declare-const x11 Real) (declare-const x12 Real) (declare-const x21 Real) (declare-const x22 Real)
(declare-const y11 Real) (declare-const y12 Real) (declare-const y21 Real) (declare-const y22 Real)
(declare-const l1 Real) (declare-const l2 Real)
; the economy: positive prices, non-negative endowments, locally non-satiated linear utilities
(assert (and (> p1 0.0) (> p2 0.0)))
(assert (and (>= e11 0.0) (>= e12 0.0) (>= e21 0.0) (>= e22 0.0)))
(assert (and (>= a11 0.0) (>= a12 0.0) (>= a21 0.0) (>= a22 0.0)))
(assert (and (> (+ a11 a12) 0.0) (> (+ a21 a22) 0.0)))
; agent 1 maximises a1.x over {x >= 0, p.x <= p.e1}: primal feasibility, dual feasibility, complementary slackness
(assert (and (>= x11 0.0) (>= x12 0.0) (<= (value2 p1 p2 x11 x12) (value2 p1 p2 e11 e12))))
(assert (and (>= l1 0.0) (<= a11 (* l1 p1)) (<= a12 (* l1 p2))))
(assert (and (= (* x11 (- (* l1 p1) a11)) 0.0) (= (* x12 (- (* l1 p2) a12)) 0.0)))
(assert (= (* l1 (- (value2 p1 p2 e11 e12) (value2 p1 p2 x11 x12))) 0.0))
; agent 2 maximises a2.x over {x >= 0, p.x <= p.e2}: primal feasibility, dual feasibility, complementary slackness
(assert (and (>= x21 0.0) (>= x22 0.0) (<= (value2 p1 p2 x21 x22) (value2 p1 p2 e21 e22))))
(assert (and (>= l2 0.0) (<= a21 (* l2 p1)) (<= a22 (* l2 p2))))
(assert (and (= (* x21 (- (* l2 p1) a21)) 0.0) (= (* x22 (- (* l2 p2) a22)) 0.0)))
(assert (= (* l2 (- (value2 p1 p2 e21 e22) (value2 p1 p2 x21 x22))) 0.0))
; markets clear
(assert (and (= (+ x11 x21) (+ e11 e21)) (= (+ x12 x22) (+ e12 e22))))
; (negation) a feasible allocation y Pareto-dominates x
(assert (and (>= y11 0.0) (>= y12 0.0) (>= y21 0.0) (>= y22 0.0)))
(assert (and (<= (+ y11 y21) (+ e11 e21)) (<= (+ y12 y22) (+ e12 e22))))
(assert (>= (value2 a11 a12 y11 y12) (value2 a11 a12 x11 x12)))
(assert (>= (value2 a21 a22 y21 y22) (value2 a21 a22 x21 x22)))
(assert (or (> (value2 a11 a12 y11 y12) (value2 a11 a12 x11 x12))
            (> (value2 a21 a22 y21 y22) (value2 a21 a22 x21 x22))))
