"""The program's sites as arrays, and the choices of site and staff member that events make."""

from __future__ import annotations

import numpy as np

from oend.demo.arrays import Index, below, by_group, objects, weighted
from oend.demo.reference import Program
from oend.model.codes import SiteKind

KINDS = tuple(SiteKind)


class Places:
    """Where things happen: sites open part-way through the period, and people move between them."""

    def __init__(self, program: Program, days: int):
        sites = program.sites
        self.days = days
        self.kind = np.array([KINDS.index(s.kind) for s in sites])
        self.opened = np.array([s.opened_day for s in sites])
        self.volume = np.array([s.volume for s in sites])
        self.community = self.kind != KINDS.index(SiteKind.CORRECTIONAL_FACILITY)
        regions = sorted({s.region for s in sites})
        self.region = np.array([regions.index(s.region) for s in sites])
        self.ids = objects(s.id for s in sites)
        self.devices = objects(s.device for s in sites)
        self.sources = objects(s.source for s in sites)  # the supply source of what they hand over
        self.counties = objects(s.county for s in sites)
        self.zip_prefixes = objects(s.zip_prefix for s in sites)
        self.staff_ids = objects(member for s in sites for member in s.staff)
        self.staff_count = np.array([len(s.staff) for s in sites])
        self.staff_first = np.cumsum(self.staff_count) - self.staff_count
        self.epochs = np.unique(self.opened)  # the days on which another site opens
        # Each region's community sites (not prisons) in the order they open.
        self.region_sites = []
        for r in range(len(regions)):
            members = np.flatnonzero((self.region == r) & self.community)
            self.region_sites.append(members[np.argsort(self.opened[members], kind="stable")])
        self.region_opened = [self.opened[members] for members in self.region_sites]

    def staff(self, random: np.random.Generator, sites: Index) -> Index:
        """A staff member of each site, as positions in ``staff_ids``."""
        return self.staff_first[sites] + below(random, self.staff_count[sites])

    def by_volume(self, random: np.random.Generator, days: Index, *, community: bool = False) -> Index:
        """A site open on each day, in proportion to how busy it is; only community sites if asked."""
        epoch = np.searchsorted(self.epochs, days, side="right") - 1
        sites = np.empty(len(days), dtype=np.int64)
        for e, rows in by_group(epoch, len(self.epochs)):
            candidates = np.flatnonzero((self.opened <= self.epochs[e]) & (self.community | (not community)))
            sites[rows] = candidates[weighted(random, self.volume[candidates], len(rows))]
        return sites

    def nearby(self, random: np.random.Generator, sites: Index, days: Index) -> Index:
        """For each site, a community site of its region open on the day, else any open community site."""
        days = np.minimum(days, self.days - 1)
        chosen = np.empty(len(sites), dtype=np.int64)
        for region, rows in by_group(self.region[sites], len(self.region_sites)):
            open_count = np.searchsorted(self.region_opened[region], days[rows], side="right")
            found = open_count > 0
            chosen[rows[found]] = self.region_sites[region][below(random, open_count[found])]
            if not found.all():
                chosen[rows[~found]] = self.by_volume(random, days[rows[~found]], community=True)
        return chosen
