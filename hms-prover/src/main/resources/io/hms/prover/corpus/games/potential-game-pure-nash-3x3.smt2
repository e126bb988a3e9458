; id: potential-game-pure-nash-3x3
; family: games
; statement: Every 2-player game in which each player has 3 strategies and which admits an exact potential (for every player, every unilateral deviation changes the deviator's payoff by exactly the change of a potential function) has a pure-strategy Nash equilibrium.
; source: D. Monderer & L. Shapley, Potential games, Games and Economic Behavior 14 (1996), Sec. 2; R. Rosenthal, A class of games possessing pure-strategy Nash equilibria, International Journal of Game Theory 2 (1973)
; expected: proved
; encoding: the payoffs u<i>_<profile> and the potential F_<profile> of all 9 strategy profiles are real variables; the exact-potential identities are asserted for every unilateral deviation; the negation asserts that at every profile some player has a strictly profitable unilateral deviation.
(declare-const u1_11 Real) (declare-const u1_12 Real) (declare-const u1_13 Real) (declare-const u1_21 Real) (declare-const u1_22 Real) (declare-const u1_23 Real) (declare-const u1_31 Real) (declare-const u1_32 Real) (declare-const u1_33 Real)
; ui_ab = payoff of player i at the profile in which player 1 plays a, player 2 plays b; F = the potential
(declare-const u2_11 Real) (declare-const u2_12 Real) (declare-const u2_13 Real) (declare-const u2_21 Real) (declare-const u2_22 Real) (declare-const u2_23 Real) (declare-const u2_31 Real) (declare-const u2_32 Real) (declare-const u2_33 Real)
(declare-const F_11 Real) (declare-const F_12 Real) (declare-const F_13 Real) (declare-const F_21 Real) (declare-const F_22 Real) (declare-const F_23 Real) (declare-const F_31 Real) (declare-const F_32 Real) (declare-const F_33 Real)
; exact potential: u_i(s_i, s_-i) - u_i(t_i, s_-i) = F(s_i, s_-i) - F(t_i, s_-i)
(assert (and (= (- u1_11 u1_21) (- F_11 F_21)) (= (- u1_11 u1_31) (- F_11 F_31)) (= (- u1_12 u1_22) (- F_12 F_22))))
(assert (and (= (- u1_12 u1_32) (- F_12 F_32)) (= (- u1_13 u1_23) (- F_13 F_23)) (= (- u1_13 u1_33) (- F_13 F_33))))
(assert (and (= (- u1_21 u1_31) (- F_21 F_31)) (= (- u1_22 u1_32) (- F_22 F_32)) (= (- u1_23 u1_33) (- F_23 F_33))))
(assert (and (= (- u2_11 u2_12) (- F_11 F_12)) (= (- u2_11 u2_13) (- F_11 F_13)) (= (- u2_12 u2_13) (- F_12 F_13))))
(assert (and (= (- u2_21 u2_22) (- F_21 F_22)) (= (- u2_21 u2_23) (- F_21 F_23)) (= (- u2_22 u2_23) (- F_22 F_23))))
(assert (and (= (- u2_31 u2_32) (- F_31 F_32)) (= (- u2_31 u2_33) (- F_31 F_33)) (= (- u2_32 u2_33) (- F_32 F_33))))
; (negation) no profile is a pure Nash equilibrium
(assert (or (> u1_21 u1_11) (> u1_31 u1_11) (> u2_12 u2_11) (> u2_13 u2_11)))
(assert (or (> u1_22 u1_12) (> u1_32 u1_12) (> u2_11 u2_12) (> u2_13 u2_12)))
(assert (or (> u1_23 u1_13) (> u1_33 u1_13) (> u2_11 u2_13) (> u2_12 u2_13)))
(assert (or (> u1_11 u1_21) (> u1_31 u1_21) (> u2_22 u2_21) (> u2_23 u2_21)))
(assert (or (> u1_12 u1_22) (> u1_32 u1_22) (> u2_21 u2_22) (> u2_23 u2_22)))
(assert (or (> u1_13 u1_23) (> u1_33 u1_23) (> u2_21 u2_23) (> u2_22 u2_23)))
(assert (or (> u1_11 u1_31) (> u1_21 u1_31) (> u2_32 u2_31) (> u2_33 u2_31)))
(assert (or (> u1_12 u1_32) (> u1_22 u1_32) (> u2_31 u2_32) (> u2_33 u2_32)))
(assert (or (> u1_13 u1_33) (> u1_23 u1_33) (> u2_31 u2_33) (> u2_32 u2_33)))
