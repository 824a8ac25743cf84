package io.newsroute.app;

import io.newsroute.app.cli.BrokerCommand;
import io.newsroute.app.cli.EnrichCommand;
import io.newsroute.app.cli.ExtractCommand;
import io.newsroute.app.cli.GenerateCommand;
import io.newsroute.app.cli.LogFiles;
import io.newsroute.app.cli.ProduceCommand;
import io.newsroute.app.cli.RouteCommand;
import io.newsroute.app.cli.RunCommand;
import io.newsroute.app.cli.ServeCommand;
import io.newsroute.app.cli.SubscribeCommand;
import io.newsroute.app.cli.TagCommand;
import io.newsroute.app.cli.VersionProvider;
import io.newsroute.app.cli.WebCommand;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code newsroute} command: one jar, one subcommand per part of the pipeline. Reads its
 * configuration from flags, the environment and an optional properties file; see {@code --help}.
 */
@Command(
        name = "newsroute",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description =
                "Kafka-native news pipeline: tags articles with countries and IPTC themes and routes them to one topic per country.",
        subcommands = {
            RunCommand.class,
            BrokerCommand.class,
            ProduceCommand.class,
            EnrichCommand.class,
            RouteCommand.class,
            ServeCommand.class,
            WebCommand.class,
            SubscribeCommand.class,
            TagCommand.class,
            ExtractCommand.class,
            GenerateCommand.class,
            CommandLine.HelpCommand.class
        })
public final class NewsrouteCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(), "Missing a command: try 'newsroute run' or 'newsroute --help'");
    }

    /** The command line, as {@code main} and the tests use it. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new NewsrouteCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            // a clear one-line error on the screen; the stack trace goes to the log file
            LoggerFactory.getLogger(NewsrouteCommand.class).error("{} failed", cmd.getCommandName(), ex);
            String message = ex.getMessage() == null ? ex.toString() : ex.getMessage();
            cmd.getErr().println("newsroute " + cmd.getCommandName() + ": " + message);
            cmd.getErr().println("(details in " + LogFiles.current() + ")");
            return 1;
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
