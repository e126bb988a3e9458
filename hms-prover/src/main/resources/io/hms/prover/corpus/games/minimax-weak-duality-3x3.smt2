; id: minimax-weak-duality-3x3
; family: games
; statement: In every 3x3 zero-sum game, any payoff level v the row player can guarantee with a mixed strategy is at most any level w below which the column player can hold the row player with a mixed strategy (maxmin <= minmax).
; source: J. von Neumann, Zur Theorie der Gesellschaftsspiele, Mathematische Annalen 100 (1928); M. Osborne & A. Rubinstein, A Course in Game Theory (1994), Sec. 2.5
; tier: full
; expected: proved
; prelude: games-mixed
; encoding: the 9 payoffs a_ij, the mixed strategies p and q and the levels v and w are reals; p guarantees v when p.A_j >= v for every column j, q holds the row player to w when A_i.q <= w for every row i; the negation asserts both with v > w.
(declare-const a11 Real) (declare-const a12 Real) (declare-const a13 Real)
(declare-const a21 Real) (declare-const a22 Real) (declare-const a23 Real)
(declare-const a31 Real) (declare-const a32 Real) (declare-const a33 Real)
(declare-const p1 Real) (declare-const p2 Real) (declare-const p3 Real)
(declare-const q1 Real) (declare-const q2 Real) (declare-const q3 Real)
(declare-const v Real) (declare-const w Real)
(assert (dist3 p1 p2 p3))
(assert (dist3 q1 q2 q3))
; p guarantees v against every column
(assert (>= (ev3 p1 p2 p3 a11 a21 a31) v))
(assert (>= (ev3 p1 p2 p3 a12 a22 a32) v))
(assert (>= (ev3 p1 p2 p3 a13 a23 a33) v))
; q holds every row to at most w
(assert (<= (ev3 q1 q2 q3 a11 a12 a13) w))
(assert (<= (ev3 q1 q2 q3 a21 a22 a23) w))
(assert (<= (ev3 q1 q2 q3 a31 a32 a33) w))
; negation
(assert (> v w))
