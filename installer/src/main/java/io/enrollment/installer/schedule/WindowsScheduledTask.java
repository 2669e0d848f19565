package io.enrollment.installer.schedule;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The weekly self-check on Windows: a Task Scheduler task {@code \EnrollmentWorkstation\WeeklySelfCheck} that
 * runs {@code workstation.exe selfcheck --trigger schedule --config FILE} as the workstation's user, with
 * "run as soon as possible after a missed start". Registered with
 * {@code schtasks /Create /TN "\EnrollmentWorkstation\WeeklySelfCheck" /XML selfcheck-task.xml /F}
 * (this class writes the XML; it cannot be tested here, see docs/self-check.md).
 */
public final class WindowsScheduledTask {
    public static final String TASK_NAME = "\\EnrollmentWorkstation\\WeeklySelfCheck";

    private final String workstationExe;
    private final String configFile;
    private final WeeklySchedule schedule;

    public WindowsScheduledTask(String workstationExe, String configFile, WeeklySchedule schedule) {
        this.workstationExe = Objects.requireNonNull(workstationExe, "workstationExe");
        this.configFile = Objects.requireNonNull(configFile, "configFile");
        this.schedule = Objects.requireNonNull(schedule, "schedule");
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Task Scheduler 1.2 XML (save as UTF-16 or UTF-8 with the declaration below). */
    public String taskXml() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<Task version=\"1.2\" xmlns=\"http://schemas.microsoft.com/windows/2004/02/mit/task\">\n"
                + "  <RegistrationInfo>\n"
                + "    <Description>Enrollment workstation weekly self-check (R-SELF-1)</Description>\n"
                + "    <URI>" + xml(TASK_NAME) + "</URI>\n"
                + "  </RegistrationInfo>\n"
                + "  <Triggers>\n"
                + "    <CalendarTrigger>\n"
                + "      <StartBoundary>2026-01-05T" + schedule.time() + ":00</StartBoundary>\n"
                + "      <RandomDelay>PT10M</RandomDelay>\n"
                + "      <ScheduleByWeek>\n"
                + "        <DaysOfWeek><" + schedule.xmlDay() + " /></DaysOfWeek>\n"
                + "        <WeeksInterval>1</WeeksInterval>\n"
                + "      </ScheduleByWeek>\n"
                + "    </CalendarTrigger>\n"
                + "  </Triggers>\n"
                + "  <Principals>\n"
                + "    <Principal id=\"Author\"><LogonType>S4U</LogonType><RunLevel>LeastPrivilege</RunLevel></Principal>\n"
                + "  </Principals>\n"
                + "  <Settings>\n"
                + "    <StartWhenAvailable>true</StartWhenAvailable>\n"
                + "    <MultipleInstancesPolicy>IgnoreNew</MultipleInstancesPolicy>\n"
                + "    <ExecutionTimeLimit>PT15M</ExecutionTimeLimit>\n"
                + "    <DisallowStartIfOnBatteries>false</DisallowStartIfOnBatteries>\n"
                + "  </Settings>\n"
                + "  <Actions Context=\"Author\">\n"
                + "    <Exec>\n"
                + "      <Command>" + xml(workstationExe) + "</Command>\n"
                + "      <Arguments>selfcheck --trigger schedule --config &quot;" + xml(configFile) + "&quot;</Arguments>\n"
                + "    </Exec>\n"
                + "  </Actions>\n"
                + "</Task>\n";
    }

    /** The schtasks command that registers the task from the XML file. */
    public List<String> registerCommand(Path xmlFile) {
        return List.of("schtasks", "/Create", "/TN", TASK_NAME, "/XML", xmlFile.toString(), "/F");
    }

    /** The same task without an XML file (no random delay, no run-after-missed-start). */
    public List<String> simpleCommand() {
        return List.of("schtasks", "/Create", "/SC", "WEEKLY", "/D", schedule.schtasksDay(), "/ST", schedule.time().toString(),
                "/TN", TASK_NAME, "/TR", "\"" + workstationExe + "\" selfcheck --trigger schedule --config \"" + configFile + "\"",
                "/F");
    }
}
