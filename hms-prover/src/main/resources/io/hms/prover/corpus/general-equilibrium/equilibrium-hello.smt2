; id: equilibrium-hello
; family: general-equilibrium
; statement: In an exchange economy of 2 agents and 2 goods at positive prices, where each agent spends exactly the value of its endowment, if the market for the first good clears then the market for the second clears too.
; source: L. Walras, Elements of Pure Economics (1874); Mas-Colell, Whinston & Green, Microeconomic Theory (1995), Sec. 17.B
; expected: proved
; prelude: exchange-economy
; encoding: prices and bundles are reals; the negation asserts both budgets exhausted, market 1 cleared and market 2 not.
(declare-const p1 Real)
(declare-const p2 Real)
(declare-const e11 Real) (declare-const e12 Real) (declare-const e21 Real) (declare-const e22 Real)
(declare-const x11 Real) (declare-const x12 Real) (declare-const x21 Real) (declare-const x22 Real)
(assert (> p1 0.0))
(assert (> p2 0.0))
(assert (= (value2 p1 p2 x11 x12) (value2 p1 p2 e11 e12)))
(assert (= (value2 p1 p2 x21 x22) (value2 p1 p2 e21 e22)))
(assert (= (+ x11 x21) (+ e11 e21)))
(assert (not (= (+ x12 x22) (+ e12 e22))))
