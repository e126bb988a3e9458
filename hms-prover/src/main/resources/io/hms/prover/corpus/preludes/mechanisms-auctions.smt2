; prelude: mechanisms-auctions
; Sealed-bid auctions of one item among 3 bidders on integer bids. The highest bid wins, ties going to the
; lowest index: (win1 b1 b2 b3) etc. say which bidder wins; (top2 a b) and (top3 a b c) are maxima. Definitions only.
(define-fun top2 ((a Int) (b Int)) Int (ite (>= a b) a b))
(define-fun top3 ((a Int) (b Int) (c Int)) Int (top2 a (top2 b c)))
(define-fun win1 ((b1 Int) (b2 Int) (b3 Int)) Bool (and (>= b1 b2) (>= b1 b3)))
(define-fun win2 ((b1 Int) (b2 Int) (b3 Int)) Bool (and (> b2 b1) (>= b2 b3)))
(define-fun win3 ((b1 Int) (b2 Int) (b3 Int)) Bool (and (> b3 b1) (> b3 b2)))
; bidder i's utility in the second-price auction: its value minus the highest other bid if it wins, else 0
(define-fun spa1 ((v Int) (b1 Int) (b2 Int) (b3 Int)) Int (ite (win1 b1 b2 b3) (- v (top2 b2 b3)) 0))
(define-fun spa2 ((v Int) (b1 Int) (b2 Int) (b3 Int)) Int (ite (win2 b1 b2 b3) (- v (top2 b1 b3)) 0))
(define-fun spa3 ((v Int) (b1 Int) (b2 Int) (b3 Int)) Int (ite (win3 b1 b2 b3) (- v (top2 b1 b2)) 0))
; bidder i's utility in the first-price auction: its value minus its own bid if it wins, else 0
(define-fun fpa1 ((v Int) (b1 Int) (b2 Int) (b3 Int)) Int (ite (win1 b1 b2 b3) (- v b1) 0))
