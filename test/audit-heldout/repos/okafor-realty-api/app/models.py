# This file is part of realty-api.
#
# realty-api is free software: you can redistribute it and/or modify it under
# the terms of the GNU General Public License as published by the Free Software
# Foundation, either version 3 of the License, or (at your option) any later
# version.
#
# realty-api is distributed in the hope that it will be useful, but WITHOUT ANY
# WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR
# A PARTICULAR PURPOSE.  See the GNU General Public License for more details.

from django.db import models


class Listing(models.Model):
    address = models.CharField(max_length=120)
    bedrooms = models.IntegerField(default=0)
    price = models.FloatField(default=0.0)
    listed_on = models.DateField(blank=True, null=True)

    class Meta:
        ordering = ['-id']

    def __str__(self):
        return 'Listing #%s' % self.pk
