package io.hms.prover.corpus;

import io.hms.prover.spi.Theorem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A set of theorems by id: the files that come with HMS ({@link #builtIn()}), those of a directory laid out the
 * same way ({@link #directory(Path)}: one folder per family, {@code preludes/} beside them), and generated
 * instances ({@link #with(Tier, Collection)}); each theorem is of a {@link Tier}.
 *
 * <pre>{@code
 * Corpus corpus = Corpus.builtIn().with(Tier.FULL, List.of(WelfareGenerator.linear(2, 3, false)));
 * Theorem hello = corpus.theorem("equilibrium-hello").orElseThrow();
 * }</pre>
 */
public final class Corpus {
    private static final String RESOURCE = "io/hms/prover/corpus";
    private static final String PRELUDES = "preludes";
    private static final Pattern TIER = Pattern.compile("(?m)^;\\s*tier:\\s*(\\S+)");
    private final Map<String, Theorem> byId;
    private final Map<String, Tier> tiers;

    private Corpus(Map<String, Theorem> byId, Map<String, Tier> tiers) {
        this.byId = byId;
        this.tiers = tiers;
    }

    /** The theorems that come with HMS. */
    public static Corpus builtIn() {
        URL marker = Corpus.class.getClassLoader().getResource(RESOURCE + "/" + PRELUDES);
        if (marker == null) {
            throw new IllegalStateException("the built-in corpus is not on the class path (" + RESOURCE + ")");
        }
        try {
            URI uri = marker.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return read(jar.getPath("/" + RESOURCE));
                }
            }
            return read(Path.of(uri).getParent());
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read the built-in corpus at " + marker + ": " + e.getMessage(), e);
        }
    }

    /** The theorems of {@code root}: {@code root/<family>/<id>.smt2}, preludes in {@code root/preludes}. */
    public static Corpus directory(Path root) {
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException(root + " is not a directory of theorems (<family>/<id>.smt2)");
        }
        return read(root);
    }

    /** This corpus and {@code more}, of {@code tier}; a theorem of {@code more} with an id already here is refused. */
    public Corpus with(Tier tier, Collection<Theorem> more) {
        Map<String, Theorem> all = new TreeMap<>(byId);
        Map<String, Tier> allTiers = new HashMap<>(tiers);
        for (Theorem t : more) {
            if (all.putIfAbsent(t.id(), t) != null) {
                throw new IllegalArgumentException("two theorems have the id '" + t.id() + "'; rename one");
            }
            allTiers.put(t.id(), tier);
        }
        return new Corpus(all, allTiers);
    }

    /** This corpus and {@code other}'s theorems. */
    public Corpus with(Corpus other) {
        Corpus merged = this;
        for (Tier tier : Tier.values()) {
            merged = merged.with(tier, other.tier(tier));
        }
        return merged;
    }

    /** The theorems of {@code tier}, by id. */
    public List<Theorem> tier(Tier tier) {
        return byId.values().stream().filter(t -> tier(t.id()) == tier).toList();
    }

    /** The tier of theorem {@code id}: {@link Tier#QUICK} unless it says otherwise. */
    public Tier tier(String id) {
        return tiers.getOrDefault(id, Tier.QUICK);
    }

    /** Every theorem, by id. */
    public List<Theorem> theorems() {
        return List.copyOf(byId.values());
    }

    /** The theorem {@code id}. */
    public Optional<Theorem> theorem(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The theorems of {@code family}, by id. */
    public List<Theorem> family(String family) {
        return byId.values().stream().filter(t -> t.family().equals(family)).toList();
    }

    /** The families, sorted. */
    public List<String> families() {
        return byId.values().stream().map(Theorem::family).distinct().sorted().toList();
    }

    /** How many theorems. */
    public int size() {
        return byId.size();
    }

    private static Corpus read(Path root) {
        Map<String, String> preludes = new HashMap<>();
        Path preludeDir = root.resolve(PRELUDES);
        for (Path p : files(preludeDir)) {
            preludes.put(stem(p), TheoremFile.preludeBody(text(p)));
        }
        Map<String, Theorem> byId = new TreeMap<>();
        Map<String, Tier> tiers = new HashMap<>();
        Map<String, String> origins = new HashMap<>();
        try (Stream<Path> families = Files.list(root)) {
            for (Path family : families.filter(Files::isDirectory).sorted().toList()) {
                if (family.getFileName().toString().replace("/", "").equals(PRELUDES)) {
                    continue;
                }
                for (Path file : files(family)) {
                    String origin = family.getFileName().toString().replace("/", "") + "/" + file.getFileName();
                    String text = text(file);
                    Theorem t = TheoremFile.parse(origin, text, preludes::get);
                    if (!t.id().equals(stem(file))) {
                        throw new IllegalArgumentException(origin + ": its id is '" + t.id() + "'; name the file "
                                + t.id() + ".smt2 or change the id");
                    }
                    String before = origins.put(t.id(), origin);
                    if (before != null) {
                        throw new IllegalArgumentException(origin + " and " + before + " have the same id; rename one");
                    }
                    byId.put(t.id(), t);
                    tiers.put(t.id(), tier(origin, text));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
        return new Corpus(byId, tiers);
    }

    private static Tier tier(String origin, String text) {
        Matcher m = TIER.matcher(text);
        if (!m.find()) {
            return Tier.QUICK;
        }
        try {
            return Tier.valueOf(m.group(1).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(origin + ": tier '" + m.group(1) + "' is neither 'quick' nor 'full'", e);
        }
    }

    private static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> list = new ArrayList<>(files.filter(p -> p.getFileName().toString().endsWith(".smt2")).toList());
            list.sort(null);
            return list;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".smt2".length());
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
