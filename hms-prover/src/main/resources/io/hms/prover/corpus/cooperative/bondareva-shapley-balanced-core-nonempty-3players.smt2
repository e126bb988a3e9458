; id: bondareva-shapley-balanced-core-nonempty-3players
; family: cooperative
; statement: Every 3-player transferable-utility game satisfying the balancedness conditions v(N) >= v(1)+v(2)+v(3), v(N) >= v(ij)+v(k) for each split and 2 v(N) >= v(12)+v(13)+v(23) has a nonempty core.
; source: O. N. Bondareva, Some applications of linear programming methods to the theory of cooperative games, Problemy Kibernetiki 10 (1963); L. S. Shapley, On balanced sets and cores, Naval Research Logistics Quarterly 14 (1967)
; tier: full
; expected: proved
; prelude: cooperative-games
; encoding: coalition worths are free Reals; the negation asserts balancedness and, with a universal quantifier over real payoff vectors, that none is in the core (linear real arithmetic with quantifiers).
; v<S>: worth of coalition S of players 1, 2, 3
(declare-const v1 Real) (declare-const v2 Real) (declare-const v3 Real) (declare-const v12 Real) (declare-const v13 Real) (declare-const v23 Real) (declare-const v123 Real)
; the game is balanced
(assert (and (>= v123 (+ v1 v2 v3)) (>= v123 (+ v12 v3)) (>= v123 (+ v13 v2))
             (>= v123 (+ v23 v1)) (>= (* 2.0 v123) (+ v12 v13 v23))))
; negation: no payoff vector is in the core
(assert (forall ((x1 Real) (x2 Real) (x3 Real)) (not (coop-core3 x1 x2 x3 v1 v2 v3 v12 v13 v23 v123))))
