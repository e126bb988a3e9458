; id: shapley-in-core-convex-3players
; family: cooperative
; statement: For every convex (supermodular) 3-player transferable-utility game, the Shapley value lies in the core.
; source: L. S. Shapley, Cores of convex games, International Journal of Game Theory 1 (1971)
; expected: proved
; prelude: cooperative-games
; encoding: coalition worths are free Reals constrained by supermodularity; the negation asserts the Shapley vector violates efficiency or some coalition constraint.
; v<S>: worth of coalition S of players 1, 2, 3
(declare-const v1 Real) (declare-const v2 Real) (declare-const v3 Real) (declare-const v12 Real) (declare-const v13 Real) (declare-const v23 Real) (declare-const v123 Real)
; phi<i>: Shapley value of player i
(define-fun phi1 () Real (coop-shapley3 v1 v2 v3 v12 v13 v23 v123))
(define-fun phi2 () Real (coop-shapley3 v2 v1 v3 v12 v23 v13 v123))
(define-fun phi3 () Real (coop-shapley3 v3 v1 v2 v13 v23 v12 v123))
; the game is convex (supermodular)
(assert (coop-convex3 v1 v2 v3 v12 v13 v23 v123))
; negation: the Shapley value is not in the core
(assert (not (coop-core3 phi1 phi2 phi3 v1 v2 v3 v12 v13 v23 v123)))
