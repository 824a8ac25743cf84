package io.newsroute.app.cli;

/** Where this process writes its full log (broker and client logs go there, not to the screen). */
public final class LogFiles {
    private LogFiles() {}

    /** The log file path, as logback is configured to use it. */
    public static String current() {
        String dir = System.getProperty("newsroute.log.dir", System.getProperty("java.io.tmpdir") + "/newsroute");
        return dir + "/newsroute.log";
    }
}
