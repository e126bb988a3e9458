; id: shapley-null-player-3players
; family: cooperative
; statement: In every 3-player transferable-utility game in which player 3 is a null player (v(S with 3) = v(S) for every coalition S of the others), player 3 receives Shapley value 0.
; source: L. S. Shapley, A value for n-person games, in H. W. Kuhn & A. W. Tucker (eds.), Contributions to the Theory of Games II (1953)
; expected: proved
; prelude: cooperative-games
; encoding: coalition worths are free Reals; the negation asserts the null-player equalities and a nonzero Shapley value for player 3.
; v<S>: worth of coalition S of players 1, 2, 3
(declare-const v1 Real) (declare-const v2 Real) (declare-const v3 Real) (declare-const v12 Real) (declare-const v13 Real) (declare-const v23 Real) (declare-const v123 Real)
; phi<i>: Shapley value of player i
(define-fun phi1 () Real (coop-shapley3 v1 v2 v3 v12 v13 v23 v123))
(define-fun phi2 () Real (coop-shapley3 v2 v1 v3 v12 v23 v13 v123))
(define-fun phi3 () Real (coop-shapley3 v3 v1 v2 v13 v23 v12 v123))
; player 3 is a null player: it adds nothing to any coalition
(assert (and (= v3 0.0) (= v13 v1) (= v23 v2)))
(assert (= v123 v12))
; negation: its Shapley value is not zero
(assert (distinct phi3 0.0))
