package io.newsroute.tools.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AccessControlEntryFilter;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourcePatternFilter;
import org.apache.kafka.common.resource.ResourceType;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The chaos run's ACL switch, for a broker with the standard authorizer and
 * {@code allow.everyone.if.no.acl.found=true} whose clients are all {@code User:ANONYMOUS}
 * (plaintext): {@code deny OPERATION TOPIC} adds a DENY for one literal topic (with an ALLOW ALL on
 * that topic, since any ACL on it ends the allow-if-no-ACL rule for it, and on the cluster, minus cluster CREATE when the operation is CREATE, so brokers keep working and topic
 * creation is decided per topic), {@code allow OPERATION TOPIC} removes that DENY. Reads and writes
 * the broker's ACLs only.
 */
@Command(
        name = "chaos-acl",
        mixinStandardHelpOptions = true,
        description = "Deny or allow one operation on one topic to every client.")
public final class ChaosAcl implements Callable<Integer> {

    private static final String ANYONE = "User:ANONYMOUS";

    @Option(
            names = {"-b", "--bootstrap-servers"},
            required = true)
    String bootstrap;

    @Parameters(index = "0", description = "deny or allow")
    String action;

    @Parameters(index = "1", description = "CREATE, WRITE, ...")
    AclOperation operation;

    @Parameters(index = "2", description = "The topic.")
    String topic;

    @Override
    public Integer call() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            AclBinding topicDeny = new AclBinding(
                    new ResourcePattern(ResourceType.TOPIC, topic, PatternType.LITERAL),
                    new AccessControlEntry(ANYONE, "*", operation, AclPermissionType.DENY));
            if (action.equals("deny")) {
                ResourcePattern cluster =
                        new ResourcePattern(ResourceType.CLUSTER, "kafka-cluster", PatternType.LITERAL);
                // an ACL on the topic ends allow.everyone.if.no.acl.found for it: allow the rest explicitly
                AclBinding topicAllow = new AclBinding(
                        new ResourcePattern(ResourceType.TOPIC, topic, PatternType.LITERAL),
                        new AccessControlEntry(ANYONE, "*", AclOperation.ALL, AclPermissionType.ALLOW));
                List<AclBinding> acls = new ArrayList<>(List.of(
                        topicDeny,
                        topicAllow,
                        new AclBinding(
                                cluster,
                                new AccessControlEntry(ANYONE, "*", AclOperation.ALL, AclPermissionType.ALLOW))));
                if (operation == AclOperation.CREATE) {
                    acls.add(new AclBinding(
                            cluster, new AccessControlEntry(ANYONE, "*", AclOperation.CREATE, AclPermissionType.DENY)));
                }
                admin.createAcls(acls).all().get();
            } else {
                admin.deleteAcls(List.of(new AclBindingFilter(
                                new ResourcePatternFilter(ResourceType.TOPIC, topic, PatternType.LITERAL),
                                new AccessControlEntryFilter(ANYONE, "*", operation, AclPermissionType.DENY))))
                        .all()
                        .get();
            }
            System.out.println(action + " " + operation + " on " + topic);
            return 0;
        }
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new ChaosAcl())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .execute(args));
    }
}
