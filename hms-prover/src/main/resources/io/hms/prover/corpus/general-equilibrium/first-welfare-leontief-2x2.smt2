; id: first-welfare-leontief-2x2
; family: general-equilibrium
; statement: In an exchange economy of 2 agents and 2 goods with Leontief utilities u_i(x) = min(x_1 / a_i1, x_2 / a_i2) (all a_ij > 0), every competitive equilibrium with free disposal (prices non-negative and not both zero, each agent's bundle maximises its utility over its budget set, aggregate demand at most aggregate endowment) is Pareto efficient in the strong sense: no feasible allocation makes every agent at least as well off and one strictly better off.
; source: Mas-Colell, Whinston & Green, Microeconomic Theory (1995), Prop. 16.C.1 (Leontief preferences are locally non-satiated); W. Leontief, The Structure of American Economy 1919-1929 (1941)
; tier: full
; expected: proved
; prelude: exchange-economy
; encoding: coefficients, endowments, prices and bundles are reals; t_i is agent i's equilibrium utility (t_i a_ij <= x_ij with equality for some good); utility maximisation is encoded exactly by the closed form of the indirect utility, t_i (p.a_i) >= p.e_i with p.x_i <= p.e_i; the negation asserts a feasible allocation y with y_ij >= t_i a_ij for all i, j and y_kj > t_k a_kj for every good j and some agent k.
(declare-const p1 Real) (declare-const p2 Real)
; a_ij = agent i's requirement of good j per unit of utility; e_ij = endowment; x_ij = equilibrium bundle; y_ij = competing allocation
(declare-const a11 Real) (declare-const a12 Real) (declare-const a21 Real) (declare-const a22 Real)
(declare-const e11 Real) (declare-const e12 Real) (declare-const e21 Real) (declare-const e22 Real)
(declare-const x11 Real) (declare-const x12 Real) (declare-const x21 Real) (declare-const x22 Real)
(declare-const y11 Real) (declare-const y12 Real) (declare-const y21 Real) (declare-const y22 Real)
(declare-const t1 Real) (declare-const t2 Real)
; the economy
(assert (and (>= p1 0.0) (>= p2 0.0) (> (+ p1 p2) 0.0)))
(assert (and (>= e11 0.0) (>= e12 0.0) (>= e21 0.0) (>= e22 0.0)))
(assert (and (> a11 0.0) (> a12 0.0) (> a21 0.0) (> a22 0.0)))
; t_i = u_i(x_i) = min_j x_ij / a_ij
(assert (and (>= x11 0.0) (>= x12 0.0) (<= (* t1 a11) x11) (<= (* t1 a12) x12)
             (or (= (* t1 a11) x11) (= (* t1 a12) x12))))
(assert (and (>= x21 0.0) (>= x22 0.0) (<= (* t2 a21) x21) (<= (* t2 a22) x22)
             (or (= (* t2 a21) x21) (= (* t2 a22) x22))))
; x_i is affordable and reaches the maximal utility p.e_i / p.a_i attainable on the budget set
(assert (and (<= (value2 p1 p2 x11 x12) (value2 p1 p2 e11 e12))
             (>= (* t1 (value2 p1 p2 a11 a12)) (value2 p1 p2 e11 e12))))
(assert (and (<= (value2 p1 p2 x21 x22) (value2 p1 p2 e21 e22))
             (>= (* t2 (value2 p1 p2 a21 a22)) (value2 p1 p2 e21 e22))))
; markets clear with free disposal
(assert (and (<= (+ x11 x21) (+ e11 e21)) (<= (+ x12 x22) (+ e12 e22))))
; (negation) a feasible allocation y Pareto-dominates x
(assert (and (>= y11 0.0) (>= y12 0.0) (>= y21 0.0) (>= y22 0.0)))
(assert (and (<= (+ y11 y21) (+ e11 e21)) (<= (+ y12 y22) (+ e12 e22))))
(assert (and (>= y11 (* t1 a11)) (>= y12 (* t1 a12))))
(assert (and (>= y21 (* t2 a21)) (>= y22 (* t2 a22))))
(assert (or (and (> y11 (* t1 a11)) (> y12 (* t1 a12)))
            (and (> y21 (* t2 a21)) (> y22 (* t2 a22)))))
