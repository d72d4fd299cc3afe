using SpotifySync.Core.Automation;
using System;
using System.Collections.Generic;
using SpotifySync.Core.Notion;
using SpotifySync.Core.Notion.Model;
using SpotifySync.Core.Ports;
using SpotifySync.Core.Tracks;

namespace SpotifySync.Core.Sync.Tracks;

/// <summary>
/// Creates and updates Tracks pages without ever making a second page for a track. A create that fails is never
/// sent again blindly: a 503 with <c>committed_resource_id</c> is a created page; a timeout, a transport error or
/// a 5xx without it is looked up by Spotify ID (one query) and only then retried, once; a 400 validation error
/// skips the track with Notion's message. An update sends only the properties that change, and is retried once
/// after an unknown outcome, since it sets absolute values. Any other failure throws, and the operation stops
/// before it moves its watermark or cursor. Every write holds the library lease first (<see cref="LibraryLease"/>).
/// </summary>
public sealed class TrackPageWriter
{
    private readonly NotionClient _notion;
    private readonly TracksIndex _index;
    private readonly TrackPropertyNames _names;
    private readonly ILog _log;
    private readonly LibraryLease _lease;

    public TrackPageWriter(NotionClient notion, TracksIndex index, TrackPropertyNames names, ILog log, LibraryLease lease)
    {
        _lease = lease;
        _notion = notion;
        _index = index;
        _names = names;
        _log = log;
    }

    /// <summary>Creates the page of <paramref name="spotifyId"/>; null when Notion refused it as invalid (recorded in the tally).</summary>
    public TrackPage? Create(string spotifyId, NotionCreatePageRequest request, SyncTally tally)
    {
        _lease.Hold();
        NotionPage created;
        try
        {
            created = _notion.CreatePage(request);
        }
        catch (NotionApiException error) when (error.CommittedResourceId is not null)
        {
            return Created(spotifyId, TrackPageReader.Read(error.CommittedResourceId, request.Properties, _names), tally);
        }
        catch (NotionApiException error) when (IsValidation(error))
        {
            return Refused(spotifyId, error, tally);
        }
        catch (NotionApiException error) when (!IsUncertain(error.Status))
        {
            throw;
        }
        catch (Exception error)
        {
            return Recover(spotifyId, request, error, tally);
        }
        return Created(spotifyId, TrackPageReader.Read(created.Id ?? "", created.Properties, _names), tally);
    }

    /// <summary>Sends the changes, if any, and returns whether it did; a refused update is recorded in the tally.</summary>
    public bool Update(TrackPage page, Dictionary<string, NotionPropertyValue> changes, SyncTally tally)
    {
        if (changes.Count == 0)
        {
            tally.Unchanged++;
            return false;
        }
        _lease.Hold();
        var request = new NotionUpdatePageRequest { Properties = changes };
        NotionPage updated;
        try
        {
            updated = _notion.UpdatePage(page.PageId, request);
        }
        catch (NotionApiException error) when (IsValidation(error))
        {
            Refused(page.SpotifyId, error, tally);
            return false;
        }
        catch (NotionApiException error) when (!IsUncertain(error.Status))
        {
            throw;
        }
        catch (Exception error)
        {
            _log.Info($"Updating the page of {page.SpotifyId} failed ({error.Message}); sending the same values once more.");
            updated = _notion.UpdatePage(page.PageId, request);
        }
        _index.Remember(TrackPageReader.Read(updated.Id ?? page.PageId, updated.Properties, _names));
        tally.Updated++;
        return true;
    }

    /// <summary>After a create of unknown outcome: the page if Notion has it, else one more create.</summary>
    private TrackPage? Recover(string spotifyId, NotionCreatePageRequest request, Exception error, SyncTally tally)
    {
        _log.Info($"Creating the page of {spotifyId} failed ({error.Message}); looking it up before trying again.");
        if (_index.Lookup(spotifyId) is { } existing) return Created(spotifyId, existing, tally);
        try
        {
            var created = _notion.CreatePage(request);
            return Created(spotifyId, TrackPageReader.Read(created.Id ?? "", created.Properties, _names), tally);
        }
        catch (NotionApiException again) when (again.CommittedResourceId is not null)
        {
            return Created(spotifyId, TrackPageReader.Read(again.CommittedResourceId, request.Properties, _names), tally);
        }
        catch (NotionApiException again) when (IsValidation(again))
        {
            return Refused(spotifyId, again, tally);
        }
    }

    private TrackPage Created(string spotifyId, TrackPage page, SyncTally tally)
    {
        page.SpotifyId = spotifyId;
        _index.Remember(page);
        tally.Created++;
        tally.CreatedIds.Add(spotifyId);
        return page;
    }

    private TrackPage? Refused(string spotifyId, NotionApiException error, SyncTally tally)
    {
        _log.Info($"Notion refused the page of {spotifyId}: {error.NotionMessage}; skipped.");
        tally.Failures.Add(new TrackFailure { SpotifyId = spotifyId, Error = error.NotionMessage });
        return null;
    }

    private static bool IsValidation(NotionApiException error) => error.Status == 400 && error.Code == "validation_error";

    /// <summary>Statuses after which the write may or may not have happened: 409 conflict and the 5xx family.</summary>
    private static bool IsUncertain(int status) => status == 409 || status == 500 || status == 502 || status == 503 || status == 504;
}
