; id: minimax-weak-duality-6x6
; family: games
; statement: In every 6x6 zero-sum game, any payoff level v the row player can guarantee with a mixed strategy is at most any level w below which the column player can hold the row player with a mixed strategy (maxmin <= minmax).
; source: J. von Neumann, Zur Theorie der Gesellschaftsspiele, Mathematische Annalen 100 (1928); M. Osborne & A. Rubinstein, A Course in Game Theory (1994), Sec. 2.5
; tier: full
; expected: proved
; encoding: the 36 payoffs a_ij, the mixed strategies p and q and the levels v and w are reals; p guarantees v when p.A_j >= v for every column j, q holds the row player to w when A_i.q <= w for every row i; the negation asserts both with v > w.
(declare-const a11 Real) (declare-const a12 Real) (declare-const a13 Real) (declare-const a14 Real) (declare-const a15 Real) (declare-const a16 Real)
; a_ij = the row player's payoff when row i meets column j; p_i, q_j = the mixed strategies
(declare-const a21 Real) (declare-const a22 Real) (declare-const a23 Real) (declare-const a24 Real) (declare-const a25 Real) (declare-const a26 Real)
(declare-const a31 Real) (declare-const a32 Real) (declare-const a33 Real) (declare-const a34 Real) (declare-const a35 Real) (declare-const a36 Real)
(declare-const a41 Real) (declare-const a42 Real) (declare-const a43 Real) (declare-const a44 Real) (declare-const a45 Real) (declare-const a46 Real)
(declare-const a51 Real) (declare-const a52 Real) (declare-const a53 Real) (declare-const a54 Real) (declare-const a55 Real) (declare-const a56 Real)
(declare-const a61 Real) (declare-const a62 Real) (declare-const a63 Real) (declare-const a64 Real) (declare-const a65 Real) (declare-const a66 Real)
(declare-const p1 Real) (declare-const p2 Real) (declare-const p3 Real) (declare-const p4 Real) (declare-const p5 Real) (declare-const p6 Real)
(declare-const q1 Real) (declare-const q2 Real) (declare-const q3 Real) (declare-const q4 Real) (declare-const q5 Real) (declare-const q6 Real)
(declare-const v Real) (declare-const w Real)
(assert (and (>= p1 0.0) (>= p2 0.0) (>= p3 0.0) (>= p4 0.0) (>= p5 0.0) (>= p6 0.0) (= (+ p1 p2 p3 p4 p5 p6) 1.0)))
(assert (and (>= q1 0.0) (>= q2 0.0) (>= q3 0.0) (>= q4 0.0) (>= q5 0.0) (>= q6 0.0) (= (+ q1 q2 q3 q4 q5 q6) 1.0)))
; p guarantees v against every column
(assert (>= (+ (* p1 a11) (* p2 a21) (* p3 a31) (* p4 a41) (* p5 a51) (* p6 a61)) v))
(assert (>= (+ (* p1 a12) (* p2 a22) (* p3 a32) (* p4 a42) (* p5 a52) (* p6 a62)) v))
(assert (>= (+ (* p1 a13) (* p2 a23) (* p3 a33) (* p4 a43) (* p5 a53) (* p6 a63)) v))
(assert (>= (+ (* p1 a14) (* p2 a24) (* p3 a34) (* p4 a44) (* p5 a54) (* p6 a64)) v))
(assert (>= (+ (* p1 a15) (* p2 a25) (* p3 a35) (* p4 a45) (* p5 a55) (* p6 a65)) v))
(assert (>= (+ (* p1 a16) (* p2 a26) (* p3 a36) (* p4 a46) (* p5 a56) (* p6 a66)) v))
; q holds every row to at most w
(assert (<= (+ (* q1 a11) (* q2 a12) (* q3 a13) (* q4 a14) (* q5 a15) (* q6 a16)) w))
(assert (<= (+ (* q1 a21) (* q2 a22) (* q3 a23) (* q4 a24) (* q5 a25) (* q6 a26)) w))
(assert (<= (+ (* q1 a31) (* q2 a32) (* q3 a33) (* q4 a34) (* q5 a35) (* q6 a36)) w))
(assert (<= (+ (* q1 a41) (* q2 a42) (* q3 a43) (* q4 a44) (* q5 a45) (* q6 a46)) w))
(assert (<= (+ (* q1 a51) (* q2 a52) (* q3 a53) (* q4 a54) (* q5 a55) (* q6 a56)) w))
(assert (<= (+ (* q1 a61) (* q2 a62) (* q3 a63) (* q4 a64) (* q5 a65) (* q6 a66)) w))
; negation
(assert (> v w))
