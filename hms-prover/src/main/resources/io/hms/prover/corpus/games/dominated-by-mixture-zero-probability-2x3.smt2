; id: dominated-by-mixture-zero-probability-2x3
; family: games
; statement: In every 2-player game where player 1 has 2 strategies and player 2 has 3, if player 2's third strategy is strictly dominated by some mixture of the first two, then player 2 plays the third strategy with probability zero in every mixed-strategy Nash equilibrium.
; source: M. Osborne & A. Rubinstein, A Course in Game Theory (1994), Sec. 4.2; D. Pearce, Rationalizable strategic behavior and the problem of perfection, Econometrica 52 (1984)
; tier: full
; expected: proved
; prelude: games-mixed
; encoding: payoffs u<i>_<ab>, the mixed strategies (p1, p2) and (q1, q2, q3), and the dominating mixture weight m are reals; a mixed equilibrium is encoded by its support conditions (every pure strategy played with positive probability is a best reply among the pure strategies); the negation asserts an equilibrium with q3 > 0.
(declare-const u1_11 Real) (declare-const u1_12 Real) (declare-const u1_13 Real)
(declare-const u1_21 Real) (declare-const u1_22 Real) (declare-const u1_23 Real)
(declare-const u2_11 Real) (declare-const u2_12 Real) (declare-const u2_13 Real)
(declare-const u2_21 Real) (declare-const u2_22 Real) (declare-const u2_23 Real)
(declare-const p1 Real) (declare-const p2 Real) (declare-const q1 Real) (declare-const q2 Real) (declare-const q3 Real)
(declare-const m Real)
; column 3 is strictly dominated by the mixture m * column 1 + (1 - m) * column 2
(assert (and (>= m 0.0) (<= m 1.0)))
(assert (> (ev2 m (- 1.0 m) u2_11 u2_12) u2_13))
(assert (> (ev2 m (- 1.0 m) u2_21 u2_22) u2_23))
; expected payoffs of the pure strategies against the opponent's mixture
(define-fun r1 () Real (ev3 q1 q2 q3 u1_11 u1_12 u1_13))
(define-fun r2 () Real (ev3 q1 q2 q3 u1_21 u1_22 u1_23))
(define-fun c1 () Real (ev2 p1 p2 u2_11 u2_21))
(define-fun c2 () Real (ev2 p1 p2 u2_12 u2_22))
(define-fun c3 () Real (ev2 p1 p2 u2_13 u2_23))
; (p, q) is a mixed Nash equilibrium
(assert (and (dist2 p1 p2) (dist3 q1 q2 q3)))
(assert (=> (> p1 0.0) (>= r1 r2)))
(assert (=> (> p2 0.0) (>= r2 r1)))
(assert (=> (> q1 0.0) (and (>= c1 c2) (>= c1 c3))))
(assert (=> (> q2 0.0) (and (>= c2 c1) (>= c2 c3))))
(assert (=> (> q3 0.0) (and (>= c3 c1) (>= c3 c2))))
; (negation) the dominated strategy is played
(assert (> q3 0.0))
