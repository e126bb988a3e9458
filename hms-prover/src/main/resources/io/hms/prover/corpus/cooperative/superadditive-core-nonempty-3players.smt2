; id: superadditive-core-nonempty-3players
; family: cooperative
; statement: Every superadditive 3-player transferable-utility game has a nonempty core (false: the 3-player majority game is superadditive with an empty core).
; source: O. N. Bondareva, Some applications of linear programming methods to the theory of cooperative games, Problemy Kibernetiki 10 (1963); L. S. Shapley, On balanced sets and cores, Naval Research Logistics Quarterly 14 (1967)
; expected: refuted
; prelude: cooperative-games
; encoding: coalition worths are free Reals, superadditive; the negation asserts, with a universal quantifier over real payoff vectors, that the core is empty, and the model is such a game.
; v<S>: worth of coalition S of players 1, 2, 3
(declare-const v1 Real) (declare-const v2 Real) (declare-const v3 Real) (declare-const v12 Real) (declare-const v13 Real) (declare-const v23 Real) (declare-const v123 Real)
(assert (coop-superadditive3 v1 v2 v3 v12 v13 v23 v123))
; negation: no payoff vector is in the core
(assert (forall ((x1 Real) (x2 Real) (x3 Real)) (not (coop-core3 x1 x2 x3 v1 v2 v3 v12 v13 v23 v123))))
