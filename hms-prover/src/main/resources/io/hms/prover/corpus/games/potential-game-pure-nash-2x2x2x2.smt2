; id: potential-game-pure-nash-2x2x2x2
; family: games
; statement: Every 4-player game in which each player has 2 strategies and which admits an exact potential (for every player, every unilateral deviation changes the deviator's payoff by exactly the change of a potential function) has a pure-strategy Nash equilibrium.
; source: D. Monderer & L. Shapley, Potential games, Games and Economic Behavior 14 (1996), Sec. 2; R. Rosenthal, A class of games possessing pure-strategy Nash equilibria, International Journal of Game Theory 2 (1973)
; tier: full
; expected: proved
; encoding: the payoffs u<i>_<profile> and the potential F_<profile> of all 16 strategy profiles are real variables; the exact-potential identities are asserted for every unilateral deviation; the negation asserts that at every profile some player has a strictly profitable unilateral deviation.
(declare-const u1_1111 Real) (declare-const u1_1112 Real) (declare-const u1_1121 Real) (declare-const u1_1122 Real) (declare-const u1_1211 Real) (declare-const u1_1212 Real) (declare-const u1_1221 Real) (declare-const u1_1222 Real) (declare-const u1_2111 Real) (declare-const u1_2112 Real) (declare-const u1_2121 Real) (declare-const u1_2122 Real) (declare-const u1_2211 Real) (declare-const u1_2212 Real) (declare-const u1_2221 Real) (declare-const u1_2222 Real)
; ui_ab = payoff of player i at the profile in which player 1 plays a, player 2 plays b; F = the potential
(declare-const u2_1111 Real) (declare-const u2_1112 Real) (declare-const u2_1121 Real) (declare-const u2_1122 Real) (declare-const u2_1211 Real) (declare-const u2_1212 Real) (declare-const u2_1221 Real) (declare-const u2_1222 Real) (declare-const u2_2111 Real) (declare-const u2_2112 Real) (declare-const u2_2121 Real) (declare-const u2_2122 Real) (declare-const u2_2211 Real) (declare-const u2_2212 Real) (declare-const u2_2221 Real) (declare-const u2_2222 Real)
(declare-const u3_1111 Real) (declare-const u3_1112 Real) (declare-const u3_1121 Real) (declare-const u3_1122 Real) (declare-const u3_1211 Real) (declare-const u3_1212 Real) (declare-const u3_1221 Real) (declare-const u3_1222 Real) (declare-const u3_2111 Real) (declare-const u3_2112 Real) (declare-const u3_2121 Real) (declare-const u3_2122 Real) (declare-const u3_2211 Real) (declare-const u3_2212 Real) (declare-const u3_2221 Real) (declare-const u3_2222 Real)
(declare-const u4_1111 Real) (declare-const u4_1112 Real) (declare-const u4_1121 Real) (declare-const u4_1122 Real) (declare-const u4_1211 Real) (declare-const u4_1212 Real) (declare-const u4_1221 Real) (declare-const u4_1222 Real) (declare-const u4_2111 Real) (declare-const u4_2112 Real) (declare-const u4_2121 Real) (declare-const u4_2122 Real) (declare-const u4_2211 Real) (declare-const u4_2212 Real) (declare-const u4_2221 Real) (declare-const u4_2222 Real)
(declare-const F_1111 Real) (declare-const F_1112 Real) (declare-const F_1121 Real) (declare-const F_1122 Real) (declare-const F_1211 Real) (declare-const F_1212 Real) (declare-const F_1221 Real) (declare-const F_1222 Real) (declare-const F_2111 Real) (declare-const F_2112 Real) (declare-const F_2121 Real) (declare-const F_2122 Real) (declare-const F_2211 Real) (declare-const F_2212 Real) (declare-const F_2221 Real) (declare-const F_2222 Real)
; exact potential: u_i(s_i, s_-i) - u_i(t_i, s_-i) = F(s_i, s_-i) - F(t_i, s_-i)
(assert (and (= (- u1_1111 u1_2111) (- F_1111 F_2111)) (= (- u1_1112 u1_2112) (- F_1112 F_2112)) (= (- u1_1121 u1_2121) (- F_1121 F_2121))))
(assert (and (= (- u1_1122 u1_2122) (- F_1122 F_2122)) (= (- u1_1211 u1_2211) (- F_1211 F_2211)) (= (- u1_1212 u1_2212) (- F_1212 F_2212))))
(assert (and (= (- u1_1221 u1_2221) (- F_1221 F_2221)) (= (- u1_1222 u1_2222) (- F_1222 F_2222))))
(assert (and (= (- u2_1111 u2_1211) (- F_1111 F_1211)) (= (- u2_1112 u2_1212) (- F_1112 F_1212)) (= (- u2_1121 u2_1221) (- F_1121 F_1221))))
(assert (and (= (- u2_1122 u2_1222) (- F_1122 F_1222)) (= (- u2_2111 u2_2211) (- F_2111 F_2211)) (= (- u2_2112 u2_2212) (- F_2112 F_2212))))
(assert (and (= (- u2_2121 u2_2221) (- F_2121 F_2221)) (= (- u2_2122 u2_2222) (- F_2122 F_2222))))
(assert (and (= (- u3_1111 u3_1121) (- F_1111 F_1121)) (= (- u3_1112 u3_1122) (- F_1112 F_1122)) (= (- u3_1211 u3_1221) (- F_1211 F_1221))))
(assert (and (= (- u3_1212 u3_1222) (- F_1212 F_1222)) (= (- u3_2111 u3_2121) (- F_2111 F_2121)) (= (- u3_2112 u3_2122) (- F_2112 F_2122))))
(assert (and (= (- u3_2211 u3_2221) (- F_2211 F_2221)) (= (- u3_2212 u3_2222) (- F_2212 F_2222))))
(assert (and (= (- u4_1111 u4_1112) (- F_1111 F_1112)) (= (- u4_1121 u4_1122) (- F_1121 F_1122)) (= (- u4_1211 u4_1212) (- F_1211 F_1212))))
(assert (and (= (- u4_1221 u4_1222) (- F_1221 F_1222)) (= (- u4_2111 u4_2112) (- F_2111 F_2112)) (= (- u4_2121 u4_2122) (- F_2121 F_2122))))
(assert (and (= (- u4_2211 u4_2212) (- F_2211 F_2212)) (= (- u4_2221 u4_2222) (- F_2221 F_2222))))
; (negation) no profile is a pure Nash equilibrium
(assert (or (> u1_2111 u1_1111) (> u2_1211 u2_1111) (> u3_1121 u3_1111) (> u4_1112 u4_1111)))
(assert (or (> u1_2112 u1_1112) (> u2_1212 u2_1112) (> u3_1122 u3_1112) (> u4_1111 u4_1112)))
(assert (or (> u1_2121 u1_1121) (> u2_1221 u2_1121) (> u3_1111 u3_1121) (> u4_1122 u4_1121)))
(assert (or (> u1_2122 u1_1122) (> u2_1222 u2_1122) (> u3_1112 u3_1122) (> u4_1121 u4_1122)))
(assert (or (> u1_2211 u1_1211) (> u2_1111 u2_1211) (> u3_1221 u3_1211) (> u4_1212 u4_1211)))
(assert (or (> u1_2212 u1_1212) (> u2_1112 u2_1212) (> u3_1222 u3_1212) (> u4_1211 u4_1212)))
(assert (or (> u1_2221 u1_1221) (> u2_1121 u2_1221) (> u3_1211 u3_1221) (> u4_1222 u4_1221)))
(assert (or (> u1_2222 u1_1222) (> u2_1122 u2_1222) (> u3_1212 u3_1222) (> u4_1221 u4_1222)))
(assert (or (> u1_1111 u1_2111) (> u2_2211 u2_2111) (> u3_2121 u3_2111) (> u4_2112 u4_2111)))
(assert (or (> u1_1112 u1_2112) (> u2_2212 u2_2112) (> u3_2122 u3_2112) (> u4_2111 u4_2112)))
(assert (or (> u1_1121 u1_2121) (> u2_2221 u2_2121) (> u3_2111 u3_2121) (> u4_2122 u4_2121)))
(assert (or (> u1_1122 u1_2122) (> u2_2222 u2_2122) (> u3_2112 u3_2122) (> u4_2121 u4_2122)))
(assert (or (> u1_1211 u1_2211) (> u2_2111 u2_2211) (> u3_2221 u3_2211) (> u4_2212 u4_2211)))
(assert (or (> u1_1212 u1_2212) (> u2_2112 u2_2212) (> u3_2222 u3_2212) (> u4_2211 u4_2212)))
(assert (or (> u1_1221 u1_2221) (> u2_2121 u2_2221) (> u3_2211 u3_2221) (> u4_2222 u4_2221)))
(assert (or (> u1_1222 u1_2222) (> u2_2122 u2_2222) (> u3_2212 u3_2222) (> u4_2221 u4_2222)))
