; id: walras-law-value-3x3
; family: general-equilibrium
; statement: In an exchange economy of 3 agents and 3 goods, at any prices at which every agent's bundle costs exactly the value of its endowment, the value of aggregate excess demand is zero.
; source: L. Walras, Elements of Pure Economics (1874); Mas-Colell, Whinston & Green, Microeconomic Theory (1995), Prop. 17.B.2
; expected: proved
; prelude: exchange-economy
; encoding: prices, endowments e_ij and bundles x_ij are reals (agent i, good j); the negation asserts the three budgets exhausted and p.(sum of x_i - sum of e_i) different from zero.
(declare-const p1 Real) (declare-const p2 Real) (declare-const p3 Real)
(declare-const e11 Real) (declare-const e12 Real) (declare-const e13 Real)
(declare-const e21 Real) (declare-const e22 Real) (declare-const e23 Real)
(declare-const e31 Real) (declare-const e32 Real) (declare-const e33 Real)
(declare-const x11 Real) (declare-const x12 Real) (declare-const x13 Real)
(declare-const x21 Real) (declare-const x22 Real) (declare-const x23 Real)
(declare-const x31 Real) (declare-const x32 Real) (declare-const x33 Real)
; each agent spends exactly the value of its endowment
(assert (= (value3 p1 p2 p3 x11 x12 x13) (value3 p1 p2 p3 e11 e12 e13)))
(assert (= (value3 p1 p2 p3 x21 x22 x23) (value3 p1 p2 p3 e21 e22 e23)))
(assert (= (value3 p1 p2 p3 x31 x32 x33) (value3 p1 p2 p3 e31 e32 e33)))
; (negation) the value of aggregate excess demand z_j = sum_i (x_ij - e_ij) is not zero
(assert (not (= (value3 p1 p2 p3
                        (- (+ x11 x21 x31) (+ e11 e21 e31))
                        (- (+ x12 x22 x32) (+ e12 e22 e32))
                        (- (+ x13 x23 x33) (+ e13 e23 e33)))
                0.0)))
