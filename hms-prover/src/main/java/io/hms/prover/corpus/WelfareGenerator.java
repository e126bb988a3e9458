package io.hms.prover.corpus;

import io.hms.prover.spi.Theorem;
import io.hms.prover.spi.Verdict;

/**
 * The first welfare theorem for exchange economies with linear utilities, generated for any number of agents
 * and goods: instances grow fast (the arithmetic is nonlinear: prices times quantities), so they are made, not
 * kept as files.
 *
 * <p>Encoding: prices {@code p_j > 0}; endowments {@code e_ij ≥ 0}; utility weights {@code a_ij ≥ 0}, each agent
 * liking some good; an equilibrium allocation {@code x} that clears the markets and is each agent's optimum,
 * stated by its linear-programming dual: a price of utility {@code l_i ≥ 0} with {@code a_ij ≤ l_i p_j} for every
 * good and {@code u_i(x_i) = l_i (p · e_i)}. The negation asserts a feasible allocation {@code y} that no agent
 * likes less and one likes more. Fixing the first price at 1 (the numéraire) is an encoding choice that keeps
 * the theorem and removes products: a strategy gene, not a different theorem.
 */
public final class WelfareGenerator {
    private WelfareGenerator() {
    }

    /** The instances that come with the corpus: 2 × 2, 2 × 3 and 3 × 3, the last two also with a numéraire. */
    public static java.util.List<Theorem> standard() {
        return java.util.List.of(linear(2, 2, false), linear(2, 3, false), linear(2, 3, true), linear(3, 3, false),
                linear(3, 3, true));
    }

    /**
     * The instance with {@code agents} agents and {@code goods} goods.
     *
     * @param numeraire whether the first good's price is fixed at 1
     */
    public static Theorem linear(int agents, int goods, boolean numeraire) {
        if (agents < 2 || goods < 2) {
            throw new IllegalArgumentException("the welfare theorem needs at least 2 agents and 2 goods, got "
                    + agents + " × " + goods);
        }
        StringBuilder s = new StringBuilder();
        for (int j = 1; j <= goods; j++) {
            s.append("(declare-const p").append(j).append(" Real)\n");
            s.append(numeraire && j == 1 ? "(assert (= p1 1.0))\n" : "(assert (> p" + j + " 0.0))\n");
        }
        for (int i = 1; i <= agents; i++) {
            s.append("(declare-const l").append(i).append(" Real)\n(assert (>= l").append(i).append(" 0.0))\n");
            StringBuilder likesSome = new StringBuilder("(assert (or");
            for (int j = 1; j <= goods; j++) {
                for (String v : new String[] {"e", "a", "x", "y"}) {
                    s.append("(declare-const ").append(v).append(i).append('_').append(j).append(" Real)")
                            .append("(assert (>= ").append(v).append(i).append('_').append(j).append(" 0.0))\n");
                }
                likesSome.append(" (> a").append(i).append('_').append(j).append(" 0.0)");
                s.append("(assert (<= a").append(i).append('_').append(j).append(" (* l").append(i).append(" p")
                        .append(j).append(")))\n");
            }
            s.append(likesSome).append("))\n");
            s.append("(assert (= ").append(utility(i, "x", goods)).append(" (* l").append(i).append(' ')
                    .append(value(i, "e", goods)).append(")))\n");
            s.append("(assert (<= ").append(value(i, "x", goods)).append(' ').append(value(i, "e", goods)).append("))\n");
        }
        for (int j = 1; j <= goods; j++) {
            s.append("(assert (= ").append(total("x", j, agents)).append(' ').append(total("e", j, agents)).append("))\n");
            s.append("(assert (<= ").append(total("y", j, agents)).append(' ').append(total("e", j, agents)).append("))\n");
        }
        StringBuilder someoneBetter = new StringBuilder("(assert (or");
        for (int i = 1; i <= agents; i++) {
            s.append("(assert (>= ").append(utility(i, "y", goods)).append(' ').append(utility(i, "x", goods)).append("))\n");
            someoneBetter.append(" (> ").append(utility(i, "y", goods)).append(' ').append(utility(i, "x", goods)).append(')');
        }
        s.append(someoneBetter).append("))\n");
        String size = agents + "x" + goods;
        return new Theorem("first-welfare-linear-gen-" + size + (numeraire ? "-numeraire" : ""), 1,
                "general-equilibrium",
                "In every exchange economy of " + agents + " agents and " + goods + " goods with linear utilities, each "
                        + "agent liking some good, a competitive equilibrium allocation is Pareto efficient"
                        + (numeraire ? " (first good's price fixed at 1)" : "") + ".",
                "K. Arrow, An extension of the basic theorems of classical welfare economics (1951); Mas-Colell, "
                        + "Whinston & Green, Microeconomic Theory (1995), Prop. 16.C.1",
                Verdict.PROVED, s.toString());
    }

    private static String utility(int agent, String bundle, int goods) {
        StringBuilder u = new StringBuilder("(+");
        for (int j = 1; j <= goods; j++) {
            u.append(" (* a").append(agent).append('_').append(j).append(' ').append(bundle).append(agent).append('_')
                    .append(j).append(')');
        }
        return u.append(')').toString();
    }

    private static String value(int agent, String bundle, int goods) {
        StringBuilder v = new StringBuilder("(+");
        for (int j = 1; j <= goods; j++) {
            v.append(" (* p").append(j).append(' ').append(bundle).append(agent).append('_').append(j).append(')');
        }
        return v.append(')').toString();
    }

    private static String total(String bundle, int good, int agents) {
        StringBuilder t = new StringBuilder("(+");
        for (int i = 1; i <= agents; i++) {
            t.append(' ').append(bundle).append(i).append('_').append(good);
        }
        return t.append(')').toString();
    }
}
