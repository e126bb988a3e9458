; id: first-welfare-leontief-3x3
; family: general-equilibrium
; statement: In an exchange economy of 3 agents and 3 goods with Leontief utilities u_i(x) = min(x_1 / a_i1, x_2 / a_i2, x_3 / a_i3) (all a_ij > 0), every competitive equilibrium with free disposal (prices non-negative and not all zero, each agent's bundle maximises its utility over its budget set, aggregate demand at most aggregate endowment) is Pareto efficient in the strong sense: no feasible allocation makes every agent at least as well off and one strictly better off.
; source: Mas-Colell, Whinston & Green, Microeconomic Theory (1995), Prop. 16.C.1 (Leontief preferences are locally non-satiated); W. Leontief, The Structure of American Economy 1919-1929 (1941)
; tier: full
; expected: proved
; prelude: exchange-economy
; encoding: coefficients, endowments, prices and bundles are reals; t_i is agent i's equilibrium utility (t_i a_ij <= x_ij with equality for some good); utility maximisation is encoded exactly by the closed form of the indirect utility, t_i (p.a_i) >= p.e_i with p.x_i <= p.e_i; the negation asserts a feasible allocation y with y_ij >= t_i a_ij for all i, j and y_kj > t_k a_kj for every good j and some agent k.
(declare-const p1 Real) (declare-const p2 Real) (declare-const p3 Real)
; a_ij = agent i's requirement of good j per unit of utility; e_ij = endowment; x_ij = equilibrium bundle; y_ij = competing allocation
(declare-const a11 Real) (declare-const a12 Real) (declare-const a13 Real) (declare-const a21 Real) (declare-const a22 Real) (declare-const a23 Real) (declare-const a31 Real) (declare-const a32 Real) (declare-const a33 Real)
(declare-const e11 Real) (declare-const e12 Real) (declare-const e13 Real) (declare-const e21 Real) (declare-const e22 Real) (declare-const e23 Real) (declare-const e31 Real) (declare-const e32 Real) (declare-const e33 Real)
(declare-const x11 Real) (declare-const x12 Real) (declare-const x13 Real) (declare-const x21 Real) (declare-const x22 Real) (declare-const x23 Real) (declare-const x31 Real) (declare-const x32 Real) (declare-const x33 Real)
(declare-const y11 Real) (declare-const y12 Real) (declare-const y13 Real) (declare-const y21 Real) (declare-const y22 Real) (declare-const y23 Real) (declare-const y31 Real) (declare-const y32 Real) (declare-const y33 Real)
(declare-const t1 Real) (declare-const t2 Real) (declare-const t3 Real)
; the economy
(assert (and (>= p1 0.0) (>= p2 0.0) (>= p3 0.0) (> (+ p1 p2 p3) 0.0)))
(assert (and (>= e11 0.0) (>= e12 0.0) (>= e13 0.0) (>= e21 0.0) (>= e22 0.0) (>= e23 0.0) (>= e31 0.0) (>= e32 0.0) (>= e33 0.0)))
(assert (and (> a11 0.0) (> a12 0.0) (> a13 0.0) (> a21 0.0) (> a22 0.0) (> a23 0.0) (> a31 0.0) (> a32 0.0) (> a33 0.0)))
; t_i = u_i(x_i) = min_j x_ij / a_ij
(assert (and (>= x11 0.0) (>= x12 0.0) (>= x13 0.0) (<= (* t1 a11) x11) (<= (* t1 a12) x12) (<= (* t1 a13) x13)
             (or (= (* t1 a11) x11) (= (* t1 a12) x12) (= (* t1 a13) x13))))
(assert (and (>= x21 0.0) (>= x22 0.0) (>= x23 0.0) (<= (* t2 a21) x21) (<= (* t2 a22) x22) (<= (* t2 a23) x23)
             (or (= (* t2 a21) x21) (= (* t2 a22) x22) (= (* t2 a23) x23))))
(assert (and (>= x31 0.0) (>= x32 0.0) (>= x33 0.0) (<= (* t3 a31) x31) (<= (* t3 a32) x32) (<= (* t3 a33) x33)
             (or (= (* t3 a31) x31) (= (* t3 a32) x32) (= (* t3 a33) x33))))
; x_i is affordable and reaches the maximal utility p.e_i / p.a_i attainable on the budget set
(assert (and (<= (value3 p1 p2 p3 x11 x12 x13) (value3 p1 p2 p3 e11 e12 e13))
             (>= (* t1 (value3 p1 p2 p3 a11 a12 a13)) (value3 p1 p2 p3 e11 e12 e13))))
(assert (and (<= (value3 p1 p2 p3 x21 x22 x23) (value3 p1 p2 p3 e21 e22 e23))
             (>= (* t2 (value3 p1 p2 p3 a21 a22 a23)) (value3 p1 p2 p3 e21 e22 e23))))
(assert (and (<= (value3 p1 p2 p3 x31 x32 x33) (value3 p1 p2 p3 e31 e32 e33))
             (>= (* t3 (value3 p1 p2 p3 a31 a32 a33)) (value3 p1 p2 p3 e31 e32 e33))))
; markets clear with free disposal
(assert (and (<= (+ x11 x21 x31) (+ e11 e21 e31)) (<= (+ x12 x22 x32) (+ e12 e22 e32)) (<= (+ x13 x23 x33) (+ e13 e23 e33))))
; (negation) a feasible allocation y Pareto-dominates x
(assert (and (>= y11 0.0) (>= y12 0.0) (>= y13 0.0) (>= y21 0.0) (>= y22 0.0) (>= y23 0.0) (>= y31 0.0) (>= y32 0.0) (>= y33 0.0)))
(assert (and (<= (+ y11 y21 y31) (+ e11 e21 e31)) (<= (+ y12 y22 y32) (+ e12 e22 e32)) (<= (+ y13 y23 y33) (+ e13 e23 e33))))
(assert (and (>= y11 (* t1 a11)) (>= y12 (* t1 a12)) (>= y13 (* t1 a13))))
(assert (and (>= y21 (* t2 a21)) (>= y22 (* t2 a22)) (>= y23 (* t2 a23))))
(assert (and (>= y31 (* t3 a31)) (>= y32 (* t3 a32)) (>= y33 (* t3 a33))))
(assert (or (and (> y11 (* t1 a11)) (> y12 (* t1 a12)) (> y13 (* t1 a13)))
            (and (> y21 (* t2 a21)) (> y22 (* t2 a22)) (> y23 (* t2 a23)))
            (and (> y31 (* t3 a31)) (> y32 (* t3 a32)) (> y33 (* t3 a33)))))
