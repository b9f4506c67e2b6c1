package com.followupadvisor.authoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The rules {@code --against} names: a folder that exists, or else a git revision (a tag such as
 * {@code v2.0}, a commit, {@code HEAD}) of the checkout the rules being checked are in, whose copy
 * of that folder is extracted to a temporary folder with {@code git archive} (no worktree, nothing
 * in the checkout changes). Closing it deletes the temporary folder.
 */
final class AgainstRules implements AutoCloseable {

    private static final long GIT_SECONDS = 60;

    private final Path dir;
    private final String label;
    private final Path temporary;

    private AgainstRules(Path dir, String label, Path temporary) {
        this.dir = dir;
        this.label = label;
        this.temporary = temporary;
    }

    /** The folder of the rules to compare with. */
    Path dir() {
        return dir;
    }

    /** What the comparison is with, in words: the folder, or "rules/ of v2.0 (commit 1a2b3c4)". */
    String label() {
        return label;
    }

    /**
     * The rules {@code against} names, for a check of {@code rulesDir}; a usage error, in one line,
     * when it names neither a folder nor a revision with that folder.
     */
    static AgainstRules resolve(String against, Path rulesDir) throws CheckOptions.UsageException {
        Path folder = folder(against);
        if (folder != null && Files.isDirectory(folder)) {
            return new AgainstRules(folder, against, null);
        }
        boolean head = CheckOptions.HEAD.equals(against);
        // "--against: " when no revision was named, "--against v2.0: there is no folder v2.0, and ..." otherwise
        String start = head ? "--against: " : "--against " + against + ": there is no folder " + against + ", and ";
        Git git = Git.at(rulesDir, start, head);
        String commit = git.commit(against, start, head);
        String prefix = git.prefix;
        String what = prefix.isEmpty() ? "rules folder" : prefix;
        String revision = head ? "the last commit" : against;
        if (git.run("cat-file", "-e", commit + ":" + (prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1)))
                .status != 0) {
            throw new CheckOptions.UsageException("--against " + against + ": " + revision + " (commit " + shortId(commit)
                    + ") has no " + what + " folder, so there are no rules to compare with");
        }
        Path temporary;
        try {
            temporary = Files.createTempDirectory("check-rules-against-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for the rules of " + against, e);
        }
        try {
            Path zip = temporary.resolve("rules.zip");
            Result archived = git.run("archive", "--format=zip", "--output=" + zip, commit, "--",
                    prefix.isEmpty() ? "." : prefix);
            if (archived.status != 0) {
                throw new CheckOptions.UsageException("--against " + against + ": git could not read the " + what
                        + " folder of " + revision + ": " + archived.firstErrorLine());
            }
            Path root = temporary.resolve("revision");
            unzip(zip, root);
            Files.delete(zip);
            Path extracted = prefix.isEmpty() ? root : root.resolve(prefix);
            String label = (head ? what + " as last committed (HEAD, commit " : what + " of " + against + " (commit ")
                    + shortId(commit) + ")";
            return new AgainstRules(Files.isDirectory(extracted) ? extracted : root, label, temporary);
        } catch (IOException e) {
            delete(temporary);
            throw new UncheckedIOException("cannot extract the rules of " + against, e);
        } catch (CheckOptions.UsageException | RuntimeException e) {
            delete(temporary);
            throw e;
        }
    }

    @Override
    public void close() {
        if (temporary != null) {
            delete(temporary);
        }
    }

    private static Path folder(String against) {
        try {
            return Path.of(against);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static String shortId(String commit) {
        return commit.length() > 7 ? commit.substring(0, 7) : commit;
    }

    private static void unzip(Path zip, Path root) throws IOException {
        Files.createDirectories(root);
        Path base = root.toAbsolutePath().normalize();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path target = base.resolve(entry.getName()).normalize();
                if (!target.startsWith(base)) {
                    continue; // git writes none, but never outside the folder
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target);
                }
            }
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is no reason to fail the check
        }
    }

    /** What one git command said. */
    private record Result(int status, String out, String err) {
        String firstErrorLine() {
            return err.lines().findFirst().orElse("exit status " + status);
        }
    }

    /** The git checkout the rules are in: its top folder, and the rules' folder in it ("rules/"). */
    private static final class Git {
        private final Path top;
        private final String prefix;

        private Git(Path top, String prefix) {
            this.top = top;
            this.prefix = prefix;
        }

        static Git at(Path rulesDir, String start, boolean head) throws CheckOptions.UsageException {
            String notACheckout = head
                    ? start + rulesDir + " is not in a git checkout, so there are no committed rules to compare with; "
                            + "give a folder instead: --against ../release/rules"
                    : start + rulesDir + " is not in a git checkout, so there is no tag or commit called that either";
            if (!Files.isDirectory(rulesDir)) {
                throw new CheckOptions.UsageException(notACheckout);
            }
            Result prefix = run(rulesDir, "rev-parse", "--show-prefix");
            if (prefix.status == 127) {
                throw new CheckOptions.UsageException(start + prefix.err);
            }
            if (prefix.status != 0) {
                throw new CheckOptions.UsageException(notACheckout);
            }
            Result top = run(rulesDir, "rev-parse", "--show-toplevel");
            return new Git(Path.of(top.out.strip()), prefix.out.strip());
        }

        /** The commit {@code revision} names. */
        String commit(String revision, String start, boolean head) throws CheckOptions.UsageException {
            Result commit = revision.startsWith("-") ? new Result(1, "", "")
                    : run("rev-parse", "--verify", "--quiet", revision + "^{commit}");
            if (commit.status == 0) {
                return commit.out.strip();
            }
            if (head) {
                throw new CheckOptions.UsageException(start + "nothing is committed in " + top
                        + " yet, so there are no committed rules to compare with");
            }
            Result tags = run("tag", "--list", "--sort=-creatordate");
            List<String> names = tags.status == 0 ? tags.out.lines().filter(l -> !l.isBlank()).toList() : List.of();
            String listed = names.isEmpty() ? "there are no tags here yet"
                    : "tags here: " + names.stream().limit(10).collect(Collectors.joining(", "))
                            + (names.size() > 10 ? " and " + (names.size() - 10) + " more (git tag lists them)" : "");
            throw new CheckOptions.UsageException(start + "no tag or commit called " + revision + "; " + listed);
        }

        Result run(String... args) {
            return run(top, args);
        }

        private static Result run(Path in, String... args) {
            List<String> command = new ArrayList<>(List.of("git", "-C", in.toString()));
            command.addAll(List.of(args));
            Process process;
            try {
                process = new ProcessBuilder(command).start();
            } catch (IOException e) {
                return new Result(127, "", "git cannot be run (is it installed?): " + e.getMessage());
            }
            try {
                process.getOutputStream().close();
                CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
                String out = read(process.getInputStream());
                if (!process.waitFor(GIT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    return new Result(124, out, "git took longer than " + GIT_SECONDS + " seconds");
                }
                return new Result(process.exitValue(), out, err.join());
            } catch (IOException e) {
                return new Result(1, "", e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
                return new Result(130, "", "interrupted");
            }
        }

        private static String read(InputStream in) {
            try (in) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
