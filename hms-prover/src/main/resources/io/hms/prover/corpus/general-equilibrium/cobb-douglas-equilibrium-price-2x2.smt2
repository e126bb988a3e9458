; id: cobb-douglas-equilibrium-price-2x2
; family: general-equilibrium
; statement: In an exchange economy of 2 agents and 2 goods with Cobb-Douglas utilities u_i(x) = x_1^(c_i) x_2^(1 - c_i), 0 < c_i < 1, and non-negative endowments with positive total endowment of each good, at positive prices where both agents demand their optimal bundles and the market for good 1 clears, the relative price satisfies p_1 ((1 - c_1) e_11 + (1 - c_2) e_21) = p_2 (c_1 e_12 + c_2 e_22) and the market for good 2 clears too.
; source: Mas-Colell, Whinston & Green, Microeconomic Theory (1995), Sec. 15.B (Cobb-Douglas Edgeworth box example)
; expected: proved
; prelude: exchange-economy
; encoding: shares, endowments, prices and demands are reals; Cobb-Douglas demand is encoded by its closed form without division, p_1 x_i1 = c_i w_i and p_2 x_i2 = (1 - c_i) w_i with w_i = p.e_i; the negation asserts market 1 cleared and either the price relation or market 2 clearing failing.
(declare-const p1 Real) (declare-const p2 Real) (declare-const c1 Real) (declare-const c2 Real)
; c_i = expenditure share of good 1 for agent i; e_ij = endowment; x_ij = demand
(declare-const e11 Real) (declare-const e12 Real) (declare-const e21 Real) (declare-const e22 Real)
(declare-const x11 Real) (declare-const x12 Real) (declare-const x21 Real) (declare-const x22 Real)
(assert (and (> p1 0.0) (> p2 0.0)))
(assert (and (> c1 0.0) (< c1 1.0) (> c2 0.0) (< c2 1.0)))
(assert (and (>= e11 0.0) (>= e12 0.0) (>= e21 0.0) (>= e22 0.0) (> (+ e11 e21) 0.0) (> (+ e12 e22) 0.0)))
; Cobb-Douglas demands: a constant share c_i of wealth is spent on good 1
(assert (= (* p1 x11) (* c1 (value2 p1 p2 e11 e12))))
(assert (= (* p2 x12) (* (- 1.0 c1) (value2 p1 p2 e11 e12))))
(assert (= (* p1 x21) (* c2 (value2 p1 p2 e21 e22))))
(assert (= (* p2 x22) (* (- 1.0 c2) (value2 p1 p2 e21 e22))))
; market 1 clears
(assert (= (+ x11 x21) (+ e11 e21)))
; (negation) the equilibrium price relation fails or market 2 does not clear
(assert (or (not (= (* p1 (+ (* (- 1.0 c1) e11) (* (- 1.0 c2) e21))) (* p2 (+ (* c1 e12) (* c2 e22)))))
            (not (= (+ x12 x22) (+ e12 e22)))))
