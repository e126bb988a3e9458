; id: posted-price-bilateral-strategy-proof
; family: mechanisms
; statement: In the posted-price mechanism for bilateral trade at a fixed integer price P (the item passes from seller to buyer, and the buyer pays the seller P, exactly when the buyer reports a value >= P and the seller reports a cost <= P), reporting truthfully is a weakly dominant strategy for both the buyer and the seller, and each obtains a non-negative utility by reporting truthfully.
; source: R. Myerson & M. Satterthwaite, Efficient mechanisms for bilateral trading, Journal of Economic Theory 29 (1983); K. Hagerty & W. Rogerson, Robust trading mechanisms, Journal of Economic Theory 42 (1987)
; expected: proved
; encoding: price, values, costs and reports are integers; the negation asserts, for some reports of the other side, a misreport strictly better than the truth for the buyer or the seller, or a negative utility from truthful reporting.
(declare-const P Int) (declare-const v Int) (declare-const c Int) (declare-const rb Int) (declare-const rs Int)
; v = buyer's value; c = seller's cost; rb, rs = reports; P = posted price
(define-fun trade ((b Int) (s Int)) Bool (and (>= b P) (<= s P)))
(define-fun ubuyer ((b Int) (s Int)) Int (ite (trade b s) (- v P) 0))
(define-fun useller ((b Int) (s Int)) Int (ite (trade b s) (- P c) 0))
(assert (or (> (ubuyer rb rs) (ubuyer v rs))
            (> (useller rb rs) (useller rb c))
            (< (ubuyer v rs) 0)
            (< (useller rb c) 0)))
