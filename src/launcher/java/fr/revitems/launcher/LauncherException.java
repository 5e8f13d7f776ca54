package fr.revitems.launcher;

/** A problem the person starting the application can fix; its message is one sentence saying how. */
final class LauncherException extends Exception {
    LauncherException(String message) {
        super(message);
    }
}
