package fr.revitems.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/** Waits until something listens on 127.0.0.1:port (the test database), for at most two minutes. */
public final class AwaitPort {

    private AwaitPort() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = Integer.parseInt(args[0]);
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("The test database did not open port " + port + " within two minutes.");
    }
}
