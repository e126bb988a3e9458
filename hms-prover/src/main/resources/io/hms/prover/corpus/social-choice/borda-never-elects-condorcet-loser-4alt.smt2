; id: borda-never-elects-condorcet-loser-4alt
; family: social-choice
; statement: For any number of voters with strict rankings over 4 alternatives, the Borda count never elects (even in a tie) a Condorcet loser, an alternative beaten by every other alternative by a strict majority.
; source: P. C. Fishburn & W. V. Gehrlein, Borda's rule, positional voting, and Condorcet's simple majority principle, Public Choice 28 (1976)
; expected: proved
; encoding: anonymous profiles as unbounded nonnegative Int counts of each of the 24 rankings (linear integer arithmetic); the negation asserts a Condorcet loser whose Borda score is weakly highest.
; n_<ranking> is the number of voters with that strict ranking (best first); any electorate size
(declare-const n_abcd Int) (declare-const n_abdc Int) (declare-const n_acbd Int) (declare-const n_acdb Int) (declare-const n_adbc Int) (declare-const n_adcb Int)
(declare-const n_bacd Int) (declare-const n_badc Int) (declare-const n_bcad Int) (declare-const n_bcda Int) (declare-const n_bdac Int) (declare-const n_bdca Int)
(declare-const n_cabd Int) (declare-const n_cadb Int) (declare-const n_cbad Int) (declare-const n_cbda Int) (declare-const n_cdab Int) (declare-const n_cdba Int)
(declare-const n_dabc Int) (declare-const n_dacb Int) (declare-const n_dbac Int) (declare-const n_dbca Int) (declare-const n_dcab Int) (declare-const n_dcba Int)
(assert (and (>= n_abcd 0) (>= n_abdc 0) (>= n_acbd 0) (>= n_acdb 0) (>= n_adbc 0) (>= n_adcb 0)))
(assert (and (>= n_bacd 0) (>= n_badc 0) (>= n_bcad 0) (>= n_bcda 0) (>= n_bdac 0) (>= n_bdca 0)))
(assert (and (>= n_cabd 0) (>= n_cadb 0) (>= n_cbad 0) (>= n_cbda 0) (>= n_cdab 0) (>= n_cdba 0)))
(assert (and (>= n_dabc 0) (>= n_dacb 0) (>= n_dbac 0) (>= n_dbca 0) (>= n_dcab 0) (>= n_dcba 0)))
; w_xy: number of voters ranking x above y
(define-fun w_ab () Int (+ n_abcd n_abdc n_acbd n_acdb n_adbc n_adcb n_cabd n_cadb n_cdab n_dabc n_dacb n_dcab))
(define-fun w_ac () Int (+ n_abcd n_abdc n_acbd n_acdb n_adbc n_adcb n_bacd n_badc n_bdac n_dabc n_dacb n_dbac))
(define-fun w_ad () Int (+ n_abcd n_abdc n_acbd n_acdb n_adbc n_adcb n_bacd n_badc n_bcad n_cabd n_cadb n_cbad))
(define-fun w_ba () Int (+ n_bacd n_badc n_bcad n_bcda n_bdac n_bdca n_cbad n_cbda n_cdba n_dbac n_dbca n_dcba))
(define-fun w_bc () Int (+ n_abcd n_abdc n_adbc n_bacd n_badc n_bcad n_bcda n_bdac n_bdca n_dabc n_dbac n_dbca))
(define-fun w_bd () Int (+ n_abcd n_abdc n_acbd n_bacd n_badc n_bcad n_bcda n_bdac n_bdca n_cabd n_cbad n_cbda))
(define-fun w_ca () Int (+ n_bcad n_bcda n_bdca n_cabd n_cadb n_cbad n_cbda n_cdab n_cdba n_dbca n_dcab n_dcba))
(define-fun w_cb () Int (+ n_acbd n_acdb n_adcb n_cabd n_cadb n_cbad n_cbda n_cdab n_cdba n_dacb n_dcab n_dcba))
(define-fun w_cd () Int (+ n_abcd n_acbd n_acdb n_bacd n_bcad n_bcda n_cabd n_cadb n_cbad n_cbda n_cdab n_cdba))
(define-fun w_da () Int (+ n_bcda n_bdac n_bdca n_cbda n_cdab n_cdba n_dabc n_dacb n_dbac n_dbca n_dcab n_dcba))
(define-fun w_db () Int (+ n_acdb n_adbc n_adcb n_cadb n_cdab n_cdba n_dabc n_dacb n_dbac n_dbca n_dcab n_dcba))
(define-fun w_dc () Int (+ n_abdc n_adbc n_adcb n_badc n_bdac n_bdca n_dabc n_dacb n_dbac n_dbca n_dcab n_dcba))
; b_x: Borda score of x (3 points for a first place, ..., 0 for last)
(define-fun b_a () Int (+
  (* 3 n_abcd) (* 3 n_abdc) (* 3 n_acbd) (* 3 n_acdb) (* 3 n_adbc) (* 3 n_adcb) (* 2 n_bacd) (* 2 n_badc)
  n_bcad n_bdac (* 2 n_cabd) (* 2 n_cadb) n_cbad n_cdab (* 2 n_dabc) (* 2 n_dacb)
  n_dbac n_dcab))
(define-fun b_b () Int (+
  (* 2 n_abcd) (* 2 n_abdc) n_acbd n_adbc (* 3 n_bacd) (* 3 n_badc) (* 3 n_bcad) (* 3 n_bcda)
  (* 3 n_bdac) (* 3 n_bdca) n_cabd (* 2 n_cbad) (* 2 n_cbda) n_cdba n_dabc (* 2 n_dbac)
  (* 2 n_dbca) n_dcba))
(define-fun b_c () Int (+
  n_abcd (* 2 n_acbd) (* 2 n_acdb) n_adcb n_bacd (* 2 n_bcad) (* 2 n_bcda) n_bdca
  (* 3 n_cabd) (* 3 n_cadb) (* 3 n_cbad) (* 3 n_cbda) (* 3 n_cdab) (* 3 n_cdba) n_dacb n_dbca
  (* 2 n_dcab) (* 2 n_dcba)))
(define-fun b_d () Int (+
  n_abdc n_acdb (* 2 n_adbc) (* 2 n_adcb) n_badc n_bcda (* 2 n_bdac) (* 2 n_bdca)
  n_cadb n_cbda (* 2 n_cdab) (* 2 n_cdba) (* 3 n_dabc) (* 3 n_dacb) (* 3 n_dbac) (* 3 n_dbca)
  (* 3 n_dcab) (* 3 n_dcba)))
; negation: some Condorcet loser (beaten by every other alternative by a strict majority) has a
; weakly highest score, i.e. is among the winners
(assert (or
  (and (and (> w_ba w_ab) (> w_ca w_ac) (> w_da w_ad)) (and (>= b_a b_b) (>= b_a b_c) (>= b_a b_d)))
  (and (and (> w_ab w_ba) (> w_cb w_bc) (> w_db w_bd)) (and (>= b_b b_a) (>= b_b b_c) (>= b_b b_d)))
  (and (and (> w_ac w_ca) (> w_bc w_cb) (> w_dc w_cd)) (and (>= b_c b_a) (>= b_c b_b) (>= b_c b_d)))
  (and (and (> w_ad w_da) (> w_bd w_db) (> w_cd w_dc)) (and (>= b_d b_a) (>= b_d b_b) (>= b_d b_c)))))
