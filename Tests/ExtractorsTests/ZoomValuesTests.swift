import Foundation
import Testing
@testable import Extractors

@Suite struct ZoomValuesTests {
    @Test(arguments: [
        ("27.15 kbps", QoSUnit.kbps, 27.15), ("27.15kbps", .kbps, 27.15), ("1.2 Mbps", .kbps, 1200), ("1.2mbps", .kbps, 1200),
        ("126 ms", .milliseconds, 126), ("0ms", .milliseconds, 0), ("0.03%", .percent, 0.03), ("12 fps", .fps, 12), ("11%", .percent, 11),
    ])
    func readsEverySpellingZoomUses(text: String, unit: QoSUnit, expected: Double) throws {
        let value = try #require(ZoomValues.measure(text, in: unit))
        #expect(abs(value - expected) < 1e-9)
    }

    @Test(arguments: [nil, "", " ", "n/a", "-", "12 parsecs", "kbps"] as [String?])
    func emptyOrUnreadableIsNil(text: String?) {
        #expect(ZoomValues.measure(text, in: .kbps) == nil)
    }

    @Test func resolutionsSplitIntoWidthAndHeight() {
        #expect(ZoomValues.resolution("1280*720")! == (1280, 720))
        #expect(ZoomValues.resolution("640x360")! == (640, 360))
        #expect(ZoomValues.resolution("") == nil)
        #expect(ZoomValues.resolution("wide") == nil)
        // The byte fast path and the general one agree at their edges.
        #expect(ZoomValues.resolution("640X360")! == (640, 360))
        #expect(ZoomValues.resolution(" 640 x 360 ")! == (640, 360))
        #expect(ZoomValues.resolution("0*0")! == (0, 0))
        #expect(ZoomValues.resolution("*720") == nil)
        #expect(ZoomValues.resolution("1280*") == nil)
        #expect(ZoomValues.resolution("1280*720*1") == nil)
        #expect(ZoomValues.resolution("99999999999999999999*1") == nil)
        #expect(ZoomValues.resolution("1280*72O") == nil)
    }

    @Test(arguments: ["2022-03-23T06:58:09Z", "2019-02-01T12:34:12.66Z", "2019-02-01T12:34:12.660Z"])
    func instantsWithAndWithoutFractions(text: String) {
        #expect(ZoomValues.instant(text) != nil)
    }

    @Test func fractionsAreKept() throws {
        let whole = try #require(ZoomValues.instant("2019-02-01T12:34:12Z"))
        let fraction = try #require(ZoomValues.instant("2019-02-01T12:34:12.66Z"))
        #expect(abs(fraction.timeIntervalSince(whole) - 0.66) < 0.001)
    }

    @Test func reportMinutesAreReadInTheAccountsTimeZone() throws {
        let newYork = TimeZone(identifier: "America/New_York")!
        #expect(ZoomValues.localMinute("12/22/2021 16:20", in: newYork) == ZoomValues.instant("2021-12-22T21:20:00Z"))
        #expect(ZoomValues.localMinute("07/01/2021 09:05", in: newYork) == ZoomValues.instant("2021-07-01T13:05:00Z"))
        #expect(ZoomValues.localMinute("13/01/2021 09:05", in: newYork) == nil)
        #expect(ZoomValues.localMinute("2021-07-01 09:05", in: newYork) == nil)
    }

    @Test(arguments: [
        ("abc==", "abc%3D%3D"), ("a+b/c=", "a%2Bb%2Fc%3D"), ("/abc==", "%252Fabc%253D%253D"), ("ab//c", "ab%252F%252Fc"),
        ("4444AAAiAAAAAiAiAiiAii==", "4444AAAiAAAAAiAiAiiAii%3D%3D"),
    ])
    func meetingUUIDsAreEncodedAsZoomRequires(uuid: String, path: String) {
        #expect(ZoomPath.meetingUUID(uuid) == path)
    }
}
