; id: shapley-in-core-superadditive-3players
; family: cooperative
; statement: For every superadditive 3-player transferable-utility game with a nonempty core, the Shapley value lies in the core (false: convexity, not superadditivity, is what guarantees it).
; source: L. S. Shapley, Cores of convex games, International Journal of Game Theory 1 (1971)
; expected: refuted
; prelude: cooperative-games
; encoding: coalition worths are free Reals, superadditive, with a witness core allocation; the negation asserts the Shapley vector is outside the core, and the model is such a game.
; v<S>: worth of coalition S of players 1, 2, 3
(declare-const v1 Real) (declare-const v2 Real) (declare-const v3 Real) (declare-const v12 Real) (declare-const v13 Real) (declare-const v23 Real) (declare-const v123 Real)
; phi<i>: Shapley value of player i
(define-fun phi1 () Real (coop-shapley3 v1 v2 v3 v12 v13 v23 v123))
(define-fun phi2 () Real (coop-shapley3 v2 v1 v3 v12 v23 v13 v123))
(define-fun phi3 () Real (coop-shapley3 v3 v1 v2 v13 v23 v12 v123))
; the game is superadditive and its core is nonempty: (y1, y2, y3) is a core allocation
(assert (coop-superadditive3 v1 v2 v3 v12 v13 v23 v123))
(declare-const y1 Real) (declare-const y2 Real) (declare-const y3 Real)
(assert (coop-core3 y1 y2 y3 v1 v2 v3 v12 v13 v23 v123))
; negation: the Shapley value is not in the core
(assert (not (coop-core3 phi1 phi2 phi3 v1 v2 v3 v12 v13 v23 v123)))
