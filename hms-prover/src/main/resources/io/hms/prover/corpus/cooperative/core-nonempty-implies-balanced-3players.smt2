; id: core-nonempty-implies-balanced-3players
; family: cooperative
; statement: If a 3-player transferable-utility game has a nonempty core, then v(N) >= v(1)+v(2)+v(3), v(N) >= v(ij)+v(k) for each split, and 2 v(N) >= v(12)+v(13)+v(23) (the balancedness conditions of the Bondareva-Shapley theorem).
; source: O. N. Bondareva, Some applications of linear programming methods to the theory of cooperative games, Problemy Kibernetiki 10 (1963); L. S. Shapley, On balanced sets and cores, Naval Research Logistics Quarterly 14 (1967)
; expected: proved
; prelude: cooperative-games
; encoding: coalition worths and a core allocation are free Reals; the negation asserts the allocation is in the core and some balancedness inequality fails.
; v<S>: worth of coalition S of players 1, 2, 3
(declare-const v1 Real) (declare-const v2 Real) (declare-const v3 Real) (declare-const v12 Real) (declare-const v13 Real) (declare-const v23 Real) (declare-const v123 Real)
; (x1, x2, x3) is a core allocation
(declare-const x1 Real) (declare-const x2 Real) (declare-const x3 Real)
(assert (coop-core3 x1 x2 x3 v1 v2 v3 v12 v13 v23 v123))
; negation: one of the balancedness inequalities (one per minimal balanced collection) fails
(assert (not (and (>= v123 (+ v1 v2 v3)) (>= v123 (+ v12 v3)) (>= v123 (+ v13 v2))
             (>= v123 (+ v23 v1)) (>= (* 2.0 v123) (+ v12 v13 v23)))))
