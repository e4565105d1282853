package org.asylon.core.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Asylon's version, written into a resource by the build. */
final class Version {

    static final String VALUE = read();

    private Version() {
    }

    private static String read() {
        try (InputStream in = Version.class.getResourceAsStream("/org/asylon/core/version.properties")) {
            if (in == null) {
                return "development";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "development");
        } catch (IOException e) {
            return "development";
        }
    }
}
