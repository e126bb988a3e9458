; id: borda-elects-condorcet-winner
; family: social-choice
; statement: For any number of voters with strict rankings over 3 alternatives, whenever a Condorcet winner exists it has the highest Borda score (false: e.g. 3 voters a>b>c and 2 voters b>c>a make a the Condorcet winner but b the Borda winner).
; source: P. C. Fishburn, Paradoxes of voting, American Political Science Review 68 (1974); J.-C. de Borda, Memoire sur les elections au scrutin (1781)
; expected: refuted
; encoding: anonymous profiles as nonnegative Int counts of each of the 6 rankings; pairwise tallies and Borda scores are linear; the negation asserts a Condorcet winner beaten in Borda score, and the model is a profile.
; n_<ranking> is the number of voters with that strict ranking (best first); any electorate size
(declare-const n_abc Int) (declare-const n_acb Int) (declare-const n_bac Int) (declare-const n_bca Int) (declare-const n_cab Int) (declare-const n_cba Int)
(assert (and (>= n_abc 0) (>= n_acb 0) (>= n_bac 0) (>= n_bca 0) (>= n_cab 0) (>= n_cba 0)))
; w_xy: number of voters ranking x above y
(define-fun w_ab () Int (+ n_abc n_acb n_cab))
(define-fun w_ac () Int (+ n_abc n_acb n_bac))
(define-fun w_ba () Int (+ n_bac n_bca n_cba))
(define-fun w_bc () Int (+ n_abc n_bac n_bca))
(define-fun w_ca () Int (+ n_bca n_cab n_cba))
(define-fun w_cb () Int (+ n_acb n_cab n_cba))
; b_x: Borda score of x (2 points for a first place, ..., 0 for last)
(define-fun b_a () Int (+ (* 2 n_abc) (* 2 n_acb) n_bac n_cab))
(define-fun b_b () Int (+ n_abc (* 2 n_bac) (* 2 n_bca) n_cba))
(define-fun b_c () Int (+ n_acb n_bca (* 2 n_cab) (* 2 n_cba)))
; negation: some alternative is a Condorcet winner, yet another has a strictly higher score
(assert (or
  (and (and (> w_ab w_ba) (> w_ac w_ca)) (or (> b_b b_a) (> b_c b_a)))
  (and (and (> w_ba w_ab) (> w_bc w_cb)) (or (> b_a b_b) (> b_c b_b)))
  (and (and (> w_ca w_ac) (> w_cb w_bc)) (or (> b_a b_c) (> b_b b_c)))))
