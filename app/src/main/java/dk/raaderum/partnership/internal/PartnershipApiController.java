package dk.raaderum.partnership.internal;

import java.net.URI;
import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dk.raaderum.partnership.FocusGroup;

/**
 * Partnerships: membership is public; the network view and the meetings are for the members and the network.
 */
@RestController
@RequestMapping("/api/v1/partnerships")
class PartnershipApiController {

    record MemberJson(String code, String name, List<String> focusGroups, boolean example) {
    }

    record StageJson(String name, List<String> municipalities, List<MemberJson> members) {
    }

    record PartnershipJson(String id, String name, String kind, String period, String description,
            List<StageJson> stages) {
    }

    record NetworkRowJson(String municipality, String name, String stage, Double unemployedVsExpectedPp,
            Double cashBenefitVsExpectedPp, Double cashBenefitChangePp, boolean shares, Integer goalsOnTrack,
            Integer goals, Integer temperatureYear, List<Double> temperatureByRecommendation) {
    }

    record NetworkJson(String partnership, String quarter, String changeFrom, String changeTo, List<NetworkRowJson> rows) {
    }

    private final PartnershipRepository repository;
    private final PartnershipAccess access;
    private final NetworkView network;
    private final MeetingRepository meetings;
    private final MeetingService meetingService;

    PartnershipApiController(PartnershipRepository repository, PartnershipAccess access, NetworkView network,
            MeetingRepository meetings, MeetingService meetingService) {
        this.repository = repository;
        this.access = access;
        this.network = network;
        this.meetings = meetings;
        this.meetingService = meetingService;
    }

    @GetMapping
    List<PartnershipJson> partnerships() {
        return repository.all().stream().map(PartnershipApiController::json).toList();
    }

    @GetMapping("/{id}/network")
    @PreAuthorize("isAuthenticated()")
    NetworkJson network(@PathVariable String id, Authentication user) {
        Partnership p = existing(id);
        access.requireSees(p, user, "netværksoverblik");
        NetworkView.View v = network.view(p, user);
        return new NetworkJson(p.id(), v.quarter() == null ? null : v.quarter().toString(),
                v.from() == null ? null : v.from().toString(), v.to() == null ? null : v.to().toString(),
                v.rows().stream().map(r -> new NetworkRowJson(Integer.toString(r.code()), r.name(), r.stage(),
                        r.unemployedDifference(), r.cashDifference(), r.cashChange(), r.visible(),
                        r.goalsOnTrack(), r.goals(), r.temperatureYear(), r.visible() ? r.temperature() : null)).toList());
    }

    @GetMapping("/{id}/meetings")
    @PreAuthorize("isAuthenticated()")
    List<Meeting> meetings(@PathVariable String id, Authentication user) {
        Partnership p = existing(id);
        access.requireSees(p, user, "netværksmøder");
        return meetings.meetings(p.id());
    }

    @PostMapping("/{id}/meetings")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<?> createMeeting(@PathVariable String id, @RequestBody Meeting.Draft draft, Authentication user) {
        Partnership p = existing(id);
        access.requireChangesMeetings(p, user, "netværksmøder");
        Change change = meetingService.save(p, null, draft, false, user.getName());
        if (change instanceof Change.Done done) {
            return ResponseEntity.created(URI.create("/api/v1/partnerships/" + id + "/meetings/" + done.id()))
                    .body(meetings.meeting(p.id(), done.id()).orElseThrow());
        }
        return TemperatureApiController.refused((Change.Refused) change);
    }

    @PutMapping("/{id}/meetings/{meeting}")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<?> changeMeeting(@PathVariable String id, @PathVariable long meeting,
            @RequestBody Meeting.Draft draft, Authentication user) {
        Partnership p = existing(id);
        access.requireChangesMeetings(p, user, "netværksmøde " + meeting);
        meetings.meeting(p.id(), meeting).orElseThrow(() -> new NoSuchElementException("Mødet findes ikke"));
        Change change = meetingService.save(p, meeting, draft, false, user.getName());
        if (change instanceof Change.Done done) {
            return ResponseEntity.status(HttpStatus.OK).body(meetings.meeting(p.id(), done.id()).orElseThrow());
        }
        return TemperatureApiController.refused((Change.Refused) change);
    }

    private Partnership existing(String id) {
        return repository.find(id).orElseThrow(() -> new NoSuchElementException("Partnerskabet '" + id + "' findes ikke"));
    }

    static PartnershipJson json(Partnership p) {
        return new PartnershipJson(p.id(), p.name(), p.kind(), p.period(), p.description(), p.stages().stream()
                .map(s -> new StageJson(s.name(), s.members().stream().map(m -> Integer.toString(m.code())).toList(),
                        s.members().stream().map(m -> new MemberJson(Integer.toString(m.code()), m.name(),
                                m.focusGroups().stream().map(FocusGroup::name).toList(), m.example())).toList()))
                .toList());
    }
}
