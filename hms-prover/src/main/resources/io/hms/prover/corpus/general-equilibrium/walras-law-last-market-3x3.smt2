; id: walras-law-last-market-3x3
; family: general-equilibrium
; statement: In an exchange economy of 3 agents and 3 goods, at prices where the third good's price is positive and every agent's bundle costs exactly the value of its endowment, if the markets for the first two goods clear then the market for the third good clears as well.
; source: L. Walras, Elements of Pure Economics (1874); Mas-Colell, Whinston & Green, Microeconomic Theory (1995), Sec. 17.B
; expected: proved
; prelude: exchange-economy
; encoding: prices, endowments e_ij and bundles x_ij are reals (agent i, good j); only p3 > 0 is assumed; the negation asserts the three budgets exhausted, goods 1 and 2 cleared and good 3 not cleared.
(declare-const p1 Real) (declare-const p2 Real) (declare-const p3 Real)
(declare-const e11 Real) (declare-const e12 Real) (declare-const e13 Real)
(declare-const e21 Real) (declare-const e22 Real) (declare-const e23 Real)
(declare-const e31 Real) (declare-const e32 Real) (declare-const e33 Real)
(declare-const x11 Real) (declare-const x12 Real) (declare-const x13 Real)
(declare-const x21 Real) (declare-const x22 Real) (declare-const x23 Real)
(declare-const x31 Real) (declare-const x32 Real) (declare-const x33 Real)
(assert (> p3 0.0))
; each agent spends exactly the value of its endowment
(assert (= (value3 p1 p2 p3 x11 x12 x13) (value3 p1 p2 p3 e11 e12 e13)))
(assert (= (value3 p1 p2 p3 x21 x22 x23) (value3 p1 p2 p3 e21 e22 e23)))
(assert (= (value3 p1 p2 p3 x31 x32 x33) (value3 p1 p2 p3 e31 e32 e33)))
; markets 1 and 2 clear
(assert (= (+ x11 x21 x31) (+ e11 e21 e31)))
(assert (= (+ x12 x22 x32) (+ e12 e22 e32)))
; (negation) market 3 does not clear
(assert (not (= (+ x13 x23 x33) (+ e13 e23 e33))))
