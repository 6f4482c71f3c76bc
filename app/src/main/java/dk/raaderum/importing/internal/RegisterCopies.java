package dk.raaderum.importing.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import dk.raaderum.engine.IsoWeek;
import dk.raaderum.importing.StoredRegister;

/**
 * Keeps a copy of the newest imported register in {@code RAADERUM_HOME/register}, for the forecasts and business
 * cases that replay individual spells. Within the import's transaction the file is copied beside its final name
 * (owner-only from the first byte) and a {@code register_file} row is written; when the transaction commits, the copy
 * is moved into place as {@code import-<id>.parquet} (or {@code .csv}) and every older copy is removed; when it rolls
 * back, the copy is removed. The row and the file share the import's id, so a copy never stands for another import.
 */
@Component
class RegisterCopies {

    private static final String PREFIX = "import-";
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private final Path folder;
    private final JdbcClient jdbc;

    RegisterCopies(@Value("${raaderum.home}") String home, JdbcClient jdbc) {
        this.folder = Path.of(home).resolve("register");
        this.jdbc = jdbc;
    }

    /** Copies the register for the import being written; must run inside the import's transaction. */
    void keep(long importId, Path register, double weight, String source, long persons, int firstWeek, int lastWeek) {
        String name = PREFIX + importId + extension(register);
        Path pending = folder.resolve("." + name + ".pending");
        try {
            createPrivateFolder();
            Files.deleteIfExists(pending);
            Files.createFile(pending, ownerOnly(false));
            try (OutputStream out = Files.newOutputStream(pending)) {
                Files.copy(register, out);
            }
        } catch (IOException e) {
            deleteQuietly(pending);
            throw new InputProblem(register.toString(), "registret kunne ikke gemmes i " + folder + ": " + e.getMessage());
        }
        jdbc.sql("""
                insert into register_file (import_id, file_name, weight, source, first_week, last_week, persons)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(importId, name, weight, source, IsoWeek.ofIndex(firstWeek).toString(),
                        IsoWeek.ofIndex(lastWeek).toString(), persons)
                .update();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_COMMITTED) {
                    placeAndReplace(pending, folder.resolve(name));
                } else {
                    deleteQuietly(pending);
                }
            }
        });
    }

    /** The newest register import's copy, if it is kept (a register imported before copies were kept has none). */
    Optional<StoredRegister> current() {
        return jdbc.sql("""
                select r.import_id, r.file_name, r.weight, r.source, r.first_week, r.last_week, r.persons
                from register_file r
                where r.import_id = (select max(id) from data_import where kind = 'register')""")
                .query((rs, n) -> new StoredRegister(rs.getLong(1), folder.resolve(rs.getString(2)), rs.getDouble(3),
                        rs.getString(4), IsoWeek.parse(rs.getString(5)).index(), IsoWeek.parse(rs.getString(6)).index(),
                        rs.getLong(7)))
                .optional()
                .filter(stored -> Files.isRegularFile(stored.file()));
    }

    private void placeAndReplace(Path pending, Path target) {
        try {
            Files.move(pending, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            // older copies, and pending copies of older imports that never committed (a process killed mid-import)
            try (DirectoryStream<Path> copies = Files.newDirectoryStream(folder, "{" + PREFIX + ",." + PREFIX + "}*")) {
                for (Path copy : copies) {
                    if (!copy.equals(target) && importId(copy) < importId(target)) {
                        Files.deleteIfExists(copy);
                    }
                }
            }
        } catch (IOException e) {
            deleteQuietly(pending);
            throw new UncheckedIOException("Det indlæste register kunne ikke lægges på plads i " + folder, e);
        }
    }

    /** The import id in a copy's name ({@code import-12.parquet}, {@code .import-12.parquet.pending}). */
    private static long importId(Path copy) {
        String name = copy.getFileName().toString().replaceFirst("^\\.", "").substring(PREFIX.length());
        int end = 0;
        while (end < name.length() && Character.isDigit(name.charAt(end))) {
            end++;
        }
        return end == 0 ? Long.MAX_VALUE : Long.parseLong(name.substring(0, end));
    }

    private void createPrivateFolder() throws IOException {
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder.getParent());
            Files.createDirectory(folder, ownerOnly(true));
        }
        if (POSIX) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }

    private static FileAttribute<?>[] ownerOnly(boolean directory) {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString(directory ? "rwx------" : "rw-------"))} : new FileAttribute<?>[0];
    }

    private static String extension(Path register) {
        return register.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".parquet") ? ".parquet" : ".csv";
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover pending copy is owner-only and is replaced by the next import of the same id (never reused)
        }
    }
}
