; id: banzhaf-efficiency-3players
; family: cooperative
; statement: For every 3-player transferable-utility game the Banzhaf values of the players sum to the worth of the grand coalition (false: in the 3-player majority game each player gets 1/2, summing to 3/2 > 1).
; source: J. F. Banzhaf III, Weighted voting doesn't work: a mathematical analysis, Rutgers Law Review 19 (1965); P. Dubey & L. S. Shapley, Mathematical properties of the Banzhaf power index, Mathematics of Operations Research 4 (1979)
; expected: refuted
; prelude: cooperative-games
; encoding: coalition worths are free Reals and Banzhaf values their linear combinations; the negation asserts the sum differs from v(N), and the model is a game.
; v<S>: worth of coalition S of players 1, 2, 3
(declare-const v1 Real) (declare-const v2 Real) (declare-const v3 Real) (declare-const v12 Real) (declare-const v13 Real) (declare-const v23 Real) (declare-const v123 Real)
; beta<i>: Banzhaf value of player i
(define-fun beta1 () Real (coop-banzhaf3 v1 v2 v3 v12 v13 v23 v123))
(define-fun beta2 () Real (coop-banzhaf3 v2 v1 v3 v12 v23 v13 v123))
(define-fun beta3 () Real (coop-banzhaf3 v3 v1 v2 v13 v23 v12 v123))
; negation: the Banzhaf values do not add up to v(N)
(assert (distinct (+ beta1 beta2 beta3) v123))
