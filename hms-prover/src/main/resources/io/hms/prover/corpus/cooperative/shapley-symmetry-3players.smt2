; id: shapley-symmetry-3players
; family: cooperative
; statement: In every 3-player transferable-utility game in which players 1 and 2 are symmetric (v(1) = v(2) and v(13) = v(23)), players 1 and 2 receive the same Shapley value.
; source: L. S. Shapley, A value for n-person games, in H. W. Kuhn & A. W. Tucker (eds.), Contributions to the Theory of Games II (1953)
; expected: proved
; prelude: cooperative-games
; encoding: coalition worths are free Reals; the negation asserts the symmetry equalities and different Shapley values for players 1 and 2.
; v<S>: worth of coalition S of players 1, 2, 3
(declare-const v1 Real) (declare-const v2 Real) (declare-const v3 Real) (declare-const v12 Real) (declare-const v13 Real) (declare-const v23 Real) (declare-const v123 Real)
; phi<i>: Shapley value of player i
(define-fun phi1 () Real (coop-shapley3 v1 v2 v3 v12 v13 v23 v123))
(define-fun phi2 () Real (coop-shapley3 v2 v1 v3 v12 v23 v13 v123))
(define-fun phi3 () Real (coop-shapley3 v3 v1 v2 v13 v23 v12 v123))
; players 1 and 2 are symmetric: they contribute the same to every coalition containing neither
(assert (= v1 v2))
(assert (= v13 v23))
; negation: their Shapley values differ
(assert (distinct phi1 phi2))
