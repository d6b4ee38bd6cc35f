package nl.groepskracht.support;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** What the portal logs while a test runs (every logger), to check that nothing personal ends up there. */
public final class LogLines implements AutoCloseable {

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

    private LogLines() {
        lines.start();
        root.addAppender(lines);
    }

    public static LogLines record() {
        return new LogLines();
    }

    /** Each line as written: logger, level, message, and the messages of an exception with it. */
    public List<String> all() {
        return List.copyOf(lines.list).stream().map(e -> e.getLoggerName() + " " + e.getLevel() + " "
                + e.getFormattedMessage() + (e.getThrowableProxy() == null ? "" : " " + e.getThrowableProxy().getMessage()))
                .toList();
    }

    @Override
    public void close() {
        root.detachAppender(lines);
        lines.stop();
    }
}
