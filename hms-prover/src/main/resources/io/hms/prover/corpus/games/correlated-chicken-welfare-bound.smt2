; id: correlated-chicken-welfare-bound
; family: games
; statement: In the game of chicken with payoffs (Dare, Dare) = (0, 0), (Dare, Chicken) = (7, 2), (Chicken, Dare) = (2, 7), (Chicken, Chicken) = (6, 6), every correlated equilibrium gives a total expected payoff of at most 21/2.
; source: R. Aumann, Subjectivity and correlation in randomized strategies, Journal of Mathematical Economics 1 (1974); R. Myerson, Game Theory: Analysis of Conflict (1991), Ch. 6
; expected: proved
; encoding: the correlating distribution z over the 4 profiles is real; the obedience constraints say no player gains by deviating from any recommendation; the negation asserts a correlated equilibrium with total expected payoff above 21/2.
(define-fun u1 ((a Int) (b Int)) Real
; strategy 1 = Dare, 2 = Chicken; zab: probability that the row player is told a and the column player b
  (ite (= a 1) (ite (= b 1) 0.0 7.0) (ite (= b 1) 2.0 6.0)))
(define-fun u2 ((a Int) (b Int)) Real (u1 b a))
(declare-const z11 Real) (declare-const z12 Real) (declare-const z21 Real) (declare-const z22 Real)
(assert (and (>= z11 0.0) (>= z12 0.0) (>= z21 0.0) (>= z22 0.0) (= (+ z11 z12 z21 z22) 1.0)))
; obedience of the row player: told 1, switching to 2 does not pay; told 2, switching to 1 does not pay
(assert (>= (+ (* z11 (- (u1 1 1) (u1 2 1))) (* z12 (- (u1 1 2) (u1 2 2)))) 0.0))
(assert (>= (+ (* z21 (- (u1 2 1) (u1 1 1))) (* z22 (- (u1 2 2) (u1 1 2)))) 0.0))
; obedience of the column player
(assert (>= (+ (* z11 (- (u2 1 1) (u2 1 2))) (* z21 (- (u2 2 1) (u2 2 2)))) 0.0))
(assert (>= (+ (* z12 (- (u2 1 2) (u2 1 1))) (* z22 (- (u2 2 2) (u2 2 1)))) 0.0))
; (negation) total expected payoff above 21/2
(assert (> (+ (* z11 (+ (u1 1 1) (u2 1 1))) (* z12 (+ (u1 1 2) (u2 1 2)))
              (* z21 (+ (u1 2 1) (u2 2 1))) (* z22 (+ (u1 2 2) (u2 2 2))))
           (/ 21.0 2.0)))
