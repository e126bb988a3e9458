; id: pure-nash-2x2-refuted
; family: games
; statement: Every 2-player game in which each player has 2 strategies has a Nash equilibrium in pure strategies.
; source: J. von Neumann & O. Morgenstern, Theory of Games and Economic Behavior (1944) (matching pennies); J. Nash, Non-cooperative games, Annals of Mathematics 54 (1951)
; expected: refuted
; encoding: the 8 payoffs are real variables, u<i>_<ab> for player i when player 1 plays a and player 2 plays b; the negation asserts that at each of the 4 profiles some player gains strictly by deviating, so a model is a game without pure equilibrium, such as matching pennies.
(declare-const u1_11 Real) (declare-const u1_12 Real) (declare-const u1_21 Real) (declare-const u1_22 Real)
(declare-const u2_11 Real) (declare-const u2_12 Real) (declare-const u2_21 Real) (declare-const u2_22 Real)
(assert (or (> u1_21 u1_11) (> u2_12 u2_11)))
(assert (or (> u1_22 u1_12) (> u2_11 u2_12)))
(assert (or (> u1_11 u1_21) (> u2_22 u2_21)))
(assert (or (> u1_12 u1_22) (> u2_21 u2_22)))
