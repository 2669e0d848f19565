package io.enrollment.app.cli;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.enrollment.app.selfcheck.SelfCheckContext;
import io.enrollment.core.cli.CliCommand;
import io.enrollment.installer.ConfigException;
import io.enrollment.installer.WorkstationConfig;
import io.enrollment.queue.ItemState;
import io.enrollment.queue.QueueCounts;
import io.enrollment.queue.QueueException;
import io.enrollment.queue.QueueIncident;
import io.enrollment.queue.QueueItem;
import io.enrollment.queue.store.QueueStore;
import io.enrollment.queue.transmit.Backoff;
import io.enrollment.queue.transmit.ProgressListener;
import io.enrollment.queue.transmit.Transmitter;
import java.io.IOException;
import java.io.PrintStream;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code workstation queue status|list|retry ID|drain [--timeout S] [--json] [--config FILE | --demo]}. */
final class QueueCommand implements CliCommand {
    private static final Logger LOG = LoggerFactory.getLogger(QueueCommand.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String name() {
        return "queue";
    }

    @Override
    public String summary() {
        return "the offline queue: status, list, retry a failed item, drain to the central system";
    }

    @Override
    public String usage() {
        return "usage: workstation queue status|list|retry ID|drain [--timeout SECONDS] [--json] [--config FILE | --demo]\n"
                + "  status  counts of queued, sending, failed, delivered and purged items\n"
                + "  list    every item still on this workstation (pending or failed)\n"
                + "  retry   send a FAILED item again (after a person looked at it)\n"
                + "  drain   send everything now; exit 0 when the queue is empty, 1 when items remain\n"
                + ConfigOption.usage();
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        String action = null;
        String id = null;
        boolean json = false;
        long timeout = 300;
        ConfigOption config = new ConfigOption();
        try {
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                int consumed = config.accept(args, i);
                if (consumed >= 0) {
                    i = consumed;
                } else if (a.equals("--json")) {
                    json = true;
                } else if (a.equals("--timeout") && i + 1 < args.size()) {
                    timeout = Long.parseLong(args.get(++i));
                } else if (a.startsWith("--")) {
                    throw new IllegalArgumentException("unknown option " + a);
                } else if (action == null) {
                    action = a;
                } else if (action.equals("retry") && id == null) {
                    id = UUID.fromString(a).toString();
                } else {
                    throw new IllegalArgumentException("unexpected argument '" + a + "'");
                }
            }
            if (action == null || !List.of("status", "list", "retry", "drain").contains(action)) {
                throw new IllegalArgumentException(action == null ? "which action?" : "unknown action '" + action + "'");
            }
            if (action.equals("retry") && id == null) {
                throw new IllegalArgumentException("retry needs the item's id");
            }
        } catch (IllegalArgumentException e) {
            err.println("queue: " + e.getMessage());
            err.print(usage());
            return USAGE;
        }
        WorkstationConfig cfg;
        try {
            cfg = config.load();
        } catch (ConfigException e) {
            err.println("queue: " + e.getMessage());
            return USAGE;
        }
        // the queue opened with the incident register as its listener: what it detects is recorded and reported
        try (SelfCheckContext ctx = SelfCheckContext.open(cfg, Clock.systemUTC(), SelfCheckContext.Options.running())) {
            QueueStore store = ctx.queue();
            switch (action) {
                case "status":
                    print(out, json, status(store.counts()), statusText(store.counts()));
                    return OK;
                case "list":
                    List<QueueItem> items = store.list(EnumSet.of(ItemState.QUEUED, ItemState.SENDING, ItemState.FAILED));
                    print(out, json, list(items), listText(items));
                    return OK;
                case "retry":
                    if (!store.retry(UUID.fromString(id))) {
                        err.println("queue: item " + id + " is not FAILED (see 'workstation queue list')");
                        return FAILED;
                    }
                    out.println("item " + id + " will be sent again");
                    return OK;
                default:
                    return drain(cfg, store, ctx.incidents(), Duration.ofSeconds(timeout), json, out, err);
            }
        } catch (QueueException | IOException e) {
            err.println("queue: " + e.getMessage());
            return USAGE;
        }
    }

    private static int drain(WorkstationConfig cfg, QueueStore store, QueueIncident.Listener incidents, Duration timeout,
                             boolean json, PrintStream out, PrintStream err) {
        QueueIncident.Listener toRegisterAndConsole = incident -> {
            incidents.onIncident(incident);
            err.println("security incident " + incident.type() + ": " + incident.detail());
        };
        try (Transmitter t = new Transmitter(store, CentralConnection.channel(cfg, ""), Backoff.standard(),
                Clock.systemUTC(), toRegisterAndConsole, ProgressListener.NONE)) {
            boolean empty = t.drain(timeout);
            QueueCounts c = store.counts();
            print(out, json, status(c), statusText(c) + (empty ? "" : "\nlast error: " + t.connectivity().lastError()));
            return empty ? OK : FAILED;
        } catch (IOException | GeneralSecurityException e) {
            err.println("queue: cannot connect to the central system: " + e.getMessage());
            return USAGE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FAILED;
        }
    }

    private static ObjectNode status(QueueCounts c) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("queued", c.queued());
        n.put("sending", c.sending());
        n.put("failed", c.failed());
        n.put("delivered", c.delivered());
        n.put("purged", c.purged());
        n.put("pendingBytes", c.pendingBytes());
        n.put("oldestPending", c.oldestPending().map(Object::toString).orElse(null));
        return n;
    }

    private static String statusText(QueueCounts c) {
        return String.format("pending %d (queued %d, sending %d, %d bytes), failed %d, delivered %d, purged %d%s",
                c.pending(), c.queued(), c.sending(), c.pendingBytes(), c.failed(), c.delivered(), c.purged(),
                c.oldestPending().map(t -> ", oldest pending since " + t).orElse(""));
    }

    private static ArrayNode list(List<QueueItem> items) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        for (QueueItem i : items) {
            ObjectNode n = a.addObject();
            n.put("id", i.id().toString());
            n.put("kind", i.kind().name());
            n.put("state", i.state().name());
            n.put("created", i.createdAt().toString());
            n.put("size", i.size());
            n.put("attempts", i.attempts());
            n.put("nextAttempt", i.nextAttemptAt().toString());
            n.put("lastError", i.lastError());
        }
        return a;
    }

    private static String listText(List<QueueItem> items) {
        if (items.isEmpty()) {
            return "nothing pending";
        }
        StringBuilder b = new StringBuilder();
        for (QueueItem i : items) {
            b.append(String.format("%s %-18s %-8s %10d B  attempts %d  %s%n", i.id(), i.kind(), i.state(), i.size(),
                    i.attempts(), i.lastError()));
        }
        return b.toString().stripTrailing();
    }

    private static void print(PrintStream out, boolean json, Object node, String text) {
        if (json) {
            try {
                out.println(JSON.writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")))
                        .writeValueAsString(node));
            } catch (IOException e) {
                throw new IllegalStateException("JSON of plain nodes cannot fail", e);
            }
        } else {
            out.println(text);
        }
    }
}
