package io.taos4j.server.storage;

/**
 * Durable storage cannot go on: a file is unreadable, fails its checksum, or the disk refused a write. The message
 * names the file. Unchecked: a statement that meets it fails, and a server that meets it while starting does not
 * start. An {@link IllegalStateException}, so tools that report those (the CLI) show the message.
 */
public final class StorageException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public StorageException(String message) {
        super(message);
    }

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
